using System.Globalization;
using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class ParameterParsingTests
{
    public enum Mode
    {
        Fast,
        Thorough,
    }

    [Fact]
    public void Numbers_parse_the_same_under_any_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        CultureInfo.CurrentCulture = comma;
        try
        {
            Assert.Equal(0.25, ParameterParsing.ParseDouble("0.25"));
            Assert.Equal(0.25f, ParameterParsing.ParseSingle("0.25"));
            Assert.Equal(12.5m, ParameterParsing.ParseDecimal("12.5"));
            Assert.Equal([0.5, 1.5], ParameterParsing.ParseArray("0.5,1.5", ParameterParsing.ParseDouble));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Scalars_parse()
    {
        Assert.True(ParameterParsing.ParseBoolean("TRUE"));
        Assert.False(ParameterParsing.ParseBoolean("false"));
        Assert.Equal(-7, ParameterParsing.ParseInt32("-7"));
        Assert.Equal(255, ParameterParsing.ParseByte("255"));
        Assert.Equal(long.MaxValue, ParameterParsing.ParseInt64("9223372036854775807"));
        Assert.Equal(ulong.MaxValue, ParameterParsing.ParseUInt64("18446744073709551615"));
        Assert.True(double.IsNaN(ParameterParsing.ParseDouble("NaN")));
        Assert.Equal(double.NegativeInfinity, ParameterParsing.ParseDouble("-Infinity"));
        Assert.Equal('x', ParameterParsing.ParseChar("x"));
        Assert.Equal(TimeSpan.FromMinutes(30), ParameterParsing.ParseTimeSpan("00:30:00"));
        Assert.Equal(new DateOnly(2024, 12, 31), ParameterParsing.ParseDateOnly("2024-12-31"));
        Assert.Equal(new TimeOnly(13, 45, 30), ParameterParsing.ParseTimeOnly("13:45:30"));
        Assert.Equal(DateTimeKind.Utc, ParameterParsing.ParseDateTime("2024-12-31T23:59:00Z").Kind);
        Assert.Equal(TimeSpan.FromHours(1), ParameterParsing.ParseDateTimeOffset("2024-12-31T23:59:00+01:00").Offset);
        Assert.Equal(Guid.Empty, ParameterParsing.ParseGuid("00000000-0000-0000-0000-000000000000"));
        Assert.Equal("data/x.csv", ParameterParsing.ParseDataFile("data/x.csv").Path);
    }

    [Theory]
    [InlineData("fast", Mode.Fast)]
    [InlineData(" THOROUGH ", Mode.Thorough)]
    public void Enums_parse_by_name_ignoring_case(string text, Mode expected)
        => Assert.Equal(expected, ParameterParsing.ParseEnum(text, "Mode", ["Fast", "Thorough"], [Mode.Fast, Mode.Thorough]));

    [Fact]
    public void Arrays_are_comma_separated()
    {
        Assert.Equal([1, 2, 3], ParameterParsing.ParseArray("1, 2,3", ParameterParsing.ParseInt32));
        Assert.Empty(ParameterParsing.ParseArray(string.Empty, ParameterParsing.ParseInt32));
        Assert.Equal(["a", " b"], ParameterParsing.ParseArray("a, b", s => s));
    }

    public static TheoryData<Action, string> BadInputs => new()
    {
        { () => ParameterParsing.ParseInt32("1.5"), "int" },
        { () => ParameterParsing.ParseByte("256"), "byte" },
        { () => ParameterParsing.ParseBoolean("yes"), "bool" },
        { () => ParameterParsing.ParseDouble("1,5"), "double" },
        { () => ParameterParsing.ParseChar("ab"), "char" },
        { () => ParameterParsing.ParseGuid("nope"), "Guid" },
        { () => ParameterParsing.ParseDataFile("https://example.com/x.csv"), "DataFile" },
        { () => ParameterParsing.ParseEnum("Slow", "Mode", ["Fast", "Thorough"], [Mode.Fast, Mode.Thorough]), "one of Fast, Thorough" },
        { () => ParameterParsing.ParseArray("1,x", ParameterParsing.ParseInt32), "'x' is not a valid int" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_a_format_exception_naming_the_type(Action parse, string expected)
        => Assert.Contains(expected, Assert.Throws<FormatException>(parse).Message, StringComparison.Ordinal);
}
