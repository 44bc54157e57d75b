namespace Weft.Generators.Tests.Serialization;

public class NullabilityTests
{
    // Invariant generic types with annotated arguments, oblivious types and nullable value types all meet serializers
    // typed on unannotated types; the harness fails on any warning in the emitted code.
    private const string Source = """
        #nullable enable
        using System.Collections.Generic;
        namespace Demo;

        public sealed record Annotated(
            List<string?> Names, Dictionary<string, string?> Labels, string?[] Array, List<List<int?>?> Nested,
            Box<string?> Boxed, Box<string> Plain, List<Box<string?>?> Boxes, Weft.DataFile? File, byte[]? Bytes);

        public sealed record Box<T>(T Value);

        public struct Holder
        {
            public Annotated? Inner { get; set; }
            public Holder? Unused => null;
        }

        #nullable disable
        public sealed class Oblivious
        {
            public string Name { get; set; }
            public List<string> Items { get; set; }
        }
        #nullable enable

        public static class Samples
        {
            public static Annotated Annotated() => new(
                new() { null, "a" }, new() { ["k"] = null }, new string?[] { null }, new() { null, new() { null, 1 } },
                new(null), new("p"), new() { null, new(null) }, null, null);

            public static Oblivious Oblivious() => new() { Name = null, Items = new() { null } };
        }
        """;

    private static readonly string[] s_types = ["Demo.Annotated", "Demo.Holder", "Demo.Oblivious", "Demo.Box<string?>", "Demo.Box<string>"];

    private static readonly Lazy<SerializerHarness> s_harness = new(() => SerializerHarness.Create(Source, s_types));

    [Fact]
    public void Nulls_round_trip_wherever_the_types_allow_them()
    {
        var json = s_harness.Value.RoundTrip(0, s_harness.Value.Call("Demo.Samples", "Annotated")).Json;
        Assert.Equal(
            "{\"Names\":[null,\"a\"],\"Labels\":{\"k\":null},\"Array\":[null],\"Nested\":[null,[null,1]],\"Boxed\":{\"Value\":null}," +
            "\"Plain\":{\"Value\":\"p\"},\"Boxes\":[null,{\"Value\":null}],\"File\":null,\"Bytes\":null}",
            json);
    }

    [Fact]
    public void Oblivious_types_round_trip()
        => Assert.Equal("{\"Name\":null,\"Items\":[null]}", s_harness.Value.RoundTrip(2, s_harness.Value.Call("Demo.Samples", "Oblivious")).Json);

    [Fact]
    public void Shapes_keep_annotations_in_the_full_name_only()
    {
        var boxed = s_harness.Value.Shapes[3];
        Assert.Equal("global::Demo.Box<string?>", boxed.FullyQualifiedName);
        Assert.Equal("global::Demo.Box<string>", boxed.UnannotatedName);
        Assert.Equal("Demo.Box<string?>", boxed.DisplayName);
        Assert.Same(s_harness.Value.Serializer(3), s_harness.Value.Serializer(4));
    }
}
