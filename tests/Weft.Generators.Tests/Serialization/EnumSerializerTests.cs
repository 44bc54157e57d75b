namespace Weft.Generators.Tests.Serialization;

public class EnumSerializerTests
{
    private const string Source = """
        using System;

        namespace Demo;

        [Flags]
        public enum Access : byte { None = 0, Read = 1, Write = 2, All = Read | Write }

        public enum Level : ulong { Low = 1, High = ulong.MaxValue, Maximum = ulong.MaxValue }

        public enum Words { @class, @event, Normal }

        public enum Empty { }
        """;

    private static readonly Lazy<SerializerHarness> s_harness = new(() => SerializerHarness.Create(Source, "Demo.Access", "Demo.Level", "Demo.Words", "Demo.Empty"));

    private static SerializerHarness Harness => s_harness.Value;

    private static object Value(string type, ulong raw) => Enum.ToObject(Harness.Type(type), raw);

    [Fact]
    public void Members_are_stored_by_name()
    {
        Assert.Equal("\"Write\"", Harness.RoundTrip(0, Value("Demo.Access", 2)).Json);
        Assert.Equal("\"All\"", Harness.RoundTrip(0, Value("Demo.Access", 3)).Json);
        Assert.Equal("\"class\"", Harness.RoundTrip(2, Value("Demo.Words", 0)).Json);
    }

    [Fact]
    public void Values_that_are_no_member_are_stored_as_numbers()
    {
        Assert.Equal("7", Harness.RoundTrip(0, Value("Demo.Access", 7)).Json);
        Assert.Equal("3", Harness.RoundTrip(3, Value("Demo.Empty", 3)).Json);
    }

    [Fact]
    public void An_alias_is_written_as_the_first_name_and_read_under_either()
    {
        Assert.Equal("\"High\"", Harness.RoundTrip(1, Value("Demo.Level", ulong.MaxValue)).Json);
        Assert.Equal(Value("Demo.Level", ulong.MaxValue), Harness.Read(1, "\"Maximum\""));
        Assert.Equal(Value("Demo.Level", ulong.MaxValue), Harness.Read(1, "18446744073709551615"));
    }

    [Fact]
    public void Unknown_names_and_out_of_range_numbers_are_malformed()
    {
        var error = Assert.Throws<ArtifactFormatException>(() => Harness.Read(0, "\"Execute\""));
        Assert.Contains("a member of Demo.Access (None, Read, Write, All)", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArtifactFormatException>(() => Harness.Read(0, "256"));
        Assert.Throws<ArtifactFormatException>(() => Harness.Read(0, "\"read\""));
    }

    [Fact]
    public void The_schema_lists_the_member_names_in_ordinal_order()
    {
        Assert.Equal("enum{All,None,Read,Write}", Harness.Serializer(0).Schema);
        Assert.Equal("enum{High,Low,Maximum}", Harness.Serializer(1).Schema);
        Assert.Equal("enum{}", Harness.Serializer(3).Schema);
    }
}
