using System.Globalization;
using Weft.Generators.Serialization;

namespace Weft.Generators.Tests.Serialization;

public class ParameterTests
{
    private const string Source = """
        #nullable enable
        namespace Demo;
        public enum Mode { Fast, Thorough, @class }
        public sealed record Options(int Trees);
        """;

    private static readonly string[] s_types =
    [
        "int", "double", "bool", "string", "Demo.Mode", "Weft.DataFile", "int[]", "Demo.Mode[]", "string[]", "byte[]",
        "System.DateTime", "System.TimeSpan", "decimal", "Weft.DataFile[]", "char",
        "Demo.Options", "int?", "System.Collections.Generic.List<int>", "int[][]", "Demo.Mode?", "int?[]",
    ];

    private static readonly Lazy<SerializerHarness> s_harness = new(() => SerializerHarness.Create(Source, s_types));

    private static SerializerHarness Harness => s_harness.Value;

    private static object? Parse(string type, string text) => Harness.Parser(Array.IndexOf(s_types, type))(text);

    [Fact]
    public void Parameter_types_are_scalars_enums_data_files_and_arrays_of_them()
    {
        var expected = s_types.Select(t => t is not ("Demo.Options" or "System.Collections.Generic.List<int>" or "int[][]" or "int?[]"));
        Assert.Equal(expected, Harness.Shapes.Select(SerializerEmitter.IsParameterType));
    }

    [Fact]
    public void Scalars_parse_culture_invariantly()
    {
        var previous = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        CultureInfo.CurrentCulture = comma;
        try
        {
            Assert.Equal(300, Parse("int", "300"));
            Assert.Equal(0.2, Parse("double", "0.2"));
            Assert.Equal(12.5m, Parse("decimal", "12.5"));
            Assert.Equal(true, Parse("bool", "True"));
            Assert.Equal("a, b", Parse("string", "a, b"));
            Assert.Equal('z', Parse("char", "z"));
            Assert.Equal(TimeSpan.FromHours(1), Parse("System.TimeSpan", "01:00:00"));
            Assert.Equal(DateTimeKind.Utc, ((DateTime)Parse("System.DateTime", "2024-01-01T00:00:00Z")!).Kind);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Enums_parse_by_member_name_ignoring_case()
    {
        Assert.Equal(Enum.ToObject(Harness.Type("Demo.Mode"), 1), Parse("Demo.Mode", "thorough"));
        Assert.Equal(Enum.ToObject(Harness.Type("Demo.Mode"), 2), Parse("Demo.Mode", "CLASS"));
        var error = Assert.Throws<FormatException>(() => Parse("Demo.Mode", "1"));
        Assert.Contains("Demo.Mode", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fast, Thorough, class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_files_and_arrays_parse()
    {
        Assert.Equal("data/houses.csv", ((DataFile)Parse("Weft.DataFile", "data/houses.csv")!).Path);
        Assert.Equal(new[] { 1, 2, 3 }, Parse("int[]", "1,2,3"));
        Assert.Equal(new[] { "a", "b" }, Parse("string[]", "a,b"));
        Assert.Equal(new byte[] { 1, 255 }, Parse("byte[]", "1,255"));
        Assert.Equal(2, ((DataFile[])Parse("Weft.DataFile[]", "a.csv,b.csv")!).Length);
        var modes = (Array)Parse("Demo.Mode[]", "fast, Thorough")!;
        Assert.Equal(new object[] { Enum.ToObject(Harness.Type("Demo.Mode"), 0), Enum.ToObject(Harness.Type("Demo.Mode"), 1) }, modes.Cast<object>());
        Assert.Empty((int[])Parse("int[]", "")!);
    }

    [Fact]
    public void Nullables_parse_their_value_or_no_value()
    {
        Assert.Equal(7, Parse("int?", "7"));
        Assert.Null(Parse("int?", ""));
        Assert.Null(Parse("int?", "null"));
        Assert.Null(Parse("Demo.Mode?", " NULL "));
        Assert.Equal(Enum.ToObject(Harness.Type("Demo.Mode"), 1), Parse("Demo.Mode?", "thorough"));
    }

    [Theory]
    [InlineData("int", "2.5", "int")]
    [InlineData("double", "abc", "double")]
    [InlineData("bool", "yes", "bool")]
    [InlineData("int[]", "1,x", "int")]
    [InlineData("Demo.Mode[]", "fast,slow", "Demo.Mode")]
    [InlineData("Weft.DataFile", "https://example.com/x", "DataFile")]
    [InlineData("Demo.Options", "{}", "Demo.Options")]
    [InlineData("int?", "1.5", "int")]
    [InlineData("Demo.Mode?", "slow", "Fast, Thorough, class")]
    [InlineData("int?[]", "1", "int?[]")]
    public void Bad_values_throw_format_exceptions_naming_the_type(string type, string text, string expected)
        => Assert.Contains(expected, Assert.Throws<FormatException>(() => Parse(type, text)).Message, StringComparison.Ordinal);
}
