namespace Weft.Generators.Tests.Serialization;

public class FingerprintTests
{
    private const string Original = """
        #nullable enable
        using System.Collections.Generic;
        namespace Demo;
        public sealed record Inner(double Score);
        public sealed record Metrics(string Name, int Count, List<Inner> Scores);
        """;

    private static (string Schema, string Fingerprint) Of(string source, string type = "Demo.Metrics")
    {
        using var harness = SerializerHarness.Create(source, type);
        var serializer = harness.Serializer(0);
        return (serializer.Schema, serializer.SchemaFingerprint);
    }

    [Fact]
    public void The_schema_describes_members_in_ordinal_order()
        => Assert.Equal("object{Count:int32;Name:string;Scores:list<object{Score:float64}>}", Of(Original).Schema);

    [Fact]
    public void The_same_shape_gives_the_same_fingerprint_across_compilations()
    {
        var first = Of(Original);
        var second = Of(Original);
        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{16}$", first.Fingerprint);
    }

    [Fact]
    public void Reordering_or_reformatting_members_keeps_the_fingerprint()
    {
        const string reordered = """
            #nullable enable
            using System.Collections.Generic;
            namespace Demo;
            // Comments and layout do not matter.
            public sealed record Metrics(
                List<Inner> Scores,
                int Count,
                string? Name);
            public sealed record Inner(double Score)
            {
                public double Doubled => Score * 2;
            }
            """;
        Assert.Equal(Of(Original).Fingerprint, Of(reordered).Fingerprint);
    }

    [Theory]
    [InlineData("added", "public sealed record Metrics(string Name, int Count, List<Inner> Scores, bool Done);")]
    [InlineData("removed", "public sealed record Metrics(string Name, List<Inner> Scores);")]
    [InlineData("renamed", "public sealed record Metrics(string Title, int Count, List<Inner> Scores);")]
    [InlineData("retyped", "public sealed record Metrics(string Name, long Count, List<Inner> Scores);")]
    [InlineData("made nullable", "public sealed record Metrics(string Name, int? Count, List<Inner> Scores);")]
    [InlineData("collection changed", "public sealed record Metrics(string Name, int Count, Inner[] Scores);")]
    [InlineData("nested member retyped", "public sealed record Metrics(string Name, int Count, List<Inner> Scores);")]
    public void Changing_the_shape_changes_the_fingerprint(string change, string metrics)
    {
        var source = Original.Replace("public sealed record Metrics(string Name, int Count, List<Inner> Scores);", metrics, StringComparison.Ordinal);
        if (change == "nested member retyped")
        {
            source = source.Replace("record Inner(double Score)", "record Inner(float Score)", StringComparison.Ordinal);
        }

        Assert.NotEqual(Of(Original).Fingerprint, Of(source).Fingerprint);
    }

    [Fact]
    public void Enum_members_take_part_in_the_fingerprint()
    {
        const string before = "namespace Demo; public enum Mode { Fast, Slow }";
        const string after = "namespace Demo; public enum Mode { Fast, Slow, Thorough }";
        Assert.NotEqual(Of(before, "Demo.Mode").Fingerprint, Of(after, "Demo.Mode").Fingerprint);
        Assert.Equal(Of(before, "Demo.Mode").Fingerprint, Of("namespace Demo; public enum Mode { Slow = 5, Fast = 1 }", "Demo.Mode").Fingerprint);
    }

    [Fact]
    public void Shapes_of_the_same_type_from_two_compilations_are_equal_values()
    {
        var first = SerializerHarness.ParseAll(SerializerHarness.Compile(Original, Probe), "Demo.Metrics")[0];
        var second = SerializerHarness.ParseAll(SerializerHarness.Compile(Original, Probe), "Demo.Metrics")[0];
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());

        var changed = SerializerHarness.ParseAll(SerializerHarness.Compile(Original.Replace("int Count", "long Count", StringComparison.Ordinal), Probe), "Demo.Metrics")[0];
        Assert.NotEqual(first, changed);
    }

    private const string Probe = "namespace TestProbe; public interface IProbe { Demo.Metrics P0 { get; } }";
}
