namespace Weft.Generators.Tests.Serialization;

public class MalformedObjectTests
{
    private const string Source = """
        #nullable enable
        namespace Demo;
        public sealed record Metrics(string Name, int Count);
        public readonly record struct Pair(int Left, int Right);
        """;

    private static readonly Lazy<SerializerHarness> s_harness = new(() => SerializerHarness.Create(Source, "Demo.Metrics", "Demo.Pair"));

    private static SerializerHarness Harness => s_harness.Value;

    [Theory]
    [InlineData("{\"Name\":\"a\"}", "Member 'Count' of Demo.Metrics is missing")]
    [InlineData("{\"Name\":\"a\",\"Count\":1,\"Extra\":true}", "Unexpected member 'Extra' of Demo.Metrics")]
    [InlineData("{\"Name\":\"a\",\"Count\":1,\"Count\":2}", "Member 'Count' of Demo.Metrics occurs more than once")]
    [InlineData("{\"Name\":\"a\",\"Count\":\"1\"}", "Expected an int32")]
    [InlineData("[]", "Expected an object for Demo.Metrics but found an array")]
    [InlineData("{\"Name\":\"a\",\"Count\":1", "Malformed")]
    [InlineData("{\"name\":\"a\",\"Count\":1}", "Unexpected member 'name'")]
    public void Objects_of_another_shape_are_rejected(string json, string expected)
        => Assert.Contains(expected, Assert.Throws<ArtifactFormatException>(() => Harness.Read(0, json)).Message, StringComparison.Ordinal);

    [Fact]
    public void Member_order_does_not_matter_when_reading()
    {
        var value = Harness.Read(0, "{\"Count\":2,\"Name\":\"b\"}");
        Assert.Equal("b", SerializerHarness.Get(value, "Name"));
        Assert.Equal(2, SerializerHarness.Get(value, "Count"));
    }

    [Fact]
    public void A_struct_is_never_null()
    {
        Assert.Contains("Expected an object for Demo.Pair but found null", Assert.Throws<ArtifactFormatException>(() => Harness.Read(1, "null")).Message, StringComparison.Ordinal);
        Assert.Equal("{\"Left\":1,\"Right\":2}", Harness.Write(1, Harness.Read(1, "{\"Right\":2,\"Left\":1}")));
    }

    [Fact]
    public void Escaped_member_names_match()
        => Assert.Equal("c", SerializerHarness.Get(Harness.Read(0, "{\"N\\u0061me\":\"c\",\"Count\":0}"), "Name"));
}
