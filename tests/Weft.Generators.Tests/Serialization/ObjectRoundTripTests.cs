namespace Weft.Generators.Tests.Serialization;

public class ObjectRoundTripTests
{
    private const string Source = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using Weft;

        namespace Demo;

        public enum Color { Red, Green, Blue }

        public sealed record Everything(
            bool Flag, byte U8, sbyte I8, short I16, ushort U16, int I32, uint U32, long I64, ulong U64,
            float F32, double F64, decimal Money, char Letter, string Text, DateTime When, DateTimeOffset At,
            TimeSpan Span, Guid Id, DateOnly Day, TimeOnly Time, DataFile File, byte[] Blob);

        public class Settable
        {
            public string Name { get; set; } = "";
            public int Count { get; init; }
            public List<double> Values { get; set; } = new();
            public double Total => Count * 2.0;
        }

        public readonly struct Point
        {
            public Point(double x, double y) { X = x; Y = y; }
            public double X { get; }
            public double Y { get; }
            public double Length => Math.Sqrt(X * X + Y * Y);
        }

        public struct MutablePoint
        {
            public int X;
            public int Y { get; set; }
        }

        public class Mixed
        {
            public Mixed(string label, IReadOnlyList<int> items) { Label = label; Items = items; }
            public string Label { get; }
            public IReadOnlyList<int> Items { get; }
            public string? Note { get; set; }
        }

        public record Base(int Id);
        public sealed record Derived(int Id, string Extra) : Base(Id);

        public sealed class WithRequired
        {
            public required string Key { get; init; }
            public int? Optional { get; set; }
        }

        public sealed record Keywords(int @class, string @event);

        public sealed record Box<T>(T Value, List<T> More);

        public sealed record Node(string Name, Point? Where, Settable? Child, Color Color, Dictionary<string, List<int?>> Groups);

        public sealed record Collections(
            Point[] Points, List<Node> Nodes, IReadOnlyDictionary<string, Base> ByName, IEnumerable<string?> Tags,
            List<byte[]> Blobs, int[][] Jagged, ICollection<Color> Colors, IDictionary<string, double> Weights);

        public static class Samples
        {
            public static Everything Everything() => new(
                true, 255, -128, -32768, 65535, int.MinValue, uint.MaxValue, long.MinValue, ulong.MaxValue,
                float.NaN, double.NegativeInfinity, 1.10m, 'x', "text \"quoted\"", new DateTime(2024, 12, 31, 23, 59, 58, DateTimeKind.Utc),
                new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)), TimeSpan.FromMinutes(90),
                new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), new DateOnly(2024, 2, 29), new TimeOnly(13, 45), DataFile.From("data/x.csv"),
                new byte[] { 1, 2, 3 });

            public static Settable Settable() => new() { Name = "s", Count = 3, Values = new() { 0.5, double.NaN } };
            public static Point Point() => new(3, 4);
            public static MutablePoint MutablePoint() => new() { X = 1, Y = 2 };
            public static Mixed Mixed() => new("label", new[] { 1, 2 }) { Note = null };
            public static Derived Derived() => new(7, "extra");
            public static WithRequired WithRequired() => new() { Key = "k", Optional = 5 };
            public static Keywords Keywords() => new(1, "e");
            public static Box<int> Box() => new(1, new() { 2, 3 });
            public static Node Node() => new("n", new Point(1, 2), null, Color.Blue, new() { ["g"] = new() { 1, null } });
            public static Collections Collections() => new(
                new[] { new Point(1, 1) },
                new() { Node(), null! },
                new Dictionary<string, Base> { ["d"] = Derived(), ["b"] = new Base(1) },
                new[] { "a", null },
                new() { new byte[] { 255 }, Array.Empty<byte>() },
                new[] { new[] { 1 }, Array.Empty<int>() },
                new List<Color> { Color.Green },
                new Dictionary<string, double> { ["w"] = 0.5 });
        }
        """;

    private static readonly string[] s_types =
    [
        "Demo.Everything", "Demo.Settable", "Demo.Point", "Demo.MutablePoint", "Demo.Mixed", "Demo.Derived",
        "Demo.WithRequired", "Demo.Keywords", "Demo.Box<int>", "Demo.Node", "Demo.Collections",
        "Demo.Settable?", "System.Collections.Generic.List<Demo.Node?>", "Demo.Color", "int?", "byte[]", "string?",
    ];

    private static readonly Lazy<SerializerHarness> s_harness = new(() => SerializerHarness.Create(Source, s_types));

    private static SerializerHarness Harness => s_harness.Value;

    private static int Index(string type) => Array.IndexOf(s_types, type);

    [Fact]
    public void Every_built_in_type_round_trips_inside_a_record()
    {
        var (value, json) = Harness.RoundTrip(Index("Demo.Everything"), Harness.Call("Demo.Samples", "Everything"));
        Assert.Equal(
            "{\"Flag\":true,\"U8\":255,\"I8\":-128,\"I16\":-32768,\"U16\":65535,\"I32\":-2147483648,\"U32\":4294967295," +
            "\"I64\":-9223372036854775808,\"U64\":18446744073709551615,\"F32\":\"NaN\",\"F64\":\"-Infinity\",\"Money\":1.10," +
            "\"Letter\":\"x\",\"Text\":\"text \\u0022quoted\\u0022\",\"When\":\"2024-12-31T23:59:58Z\",\"At\":\"2024-01-02T03:04:05+02:00\"," +
            "\"Span\":\"01:30:00\",\"Id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"Day\":\"2024-02-29\",\"Time\":\"13:45:00.0000000\"," +
            "\"File\":\"data/x.csv\",\"Blob\":\"AQID\"}",
            json);
        Assert.True(float.IsNaN((float)SerializerHarness.Get(value, "F32")!));
        Assert.Equal(new byte[] { 1, 2, 3 }, SerializerHarness.Get(value, "Blob"));
    }

    [Fact]
    public void Classes_with_settable_and_init_properties_round_trip_without_computed_ones()
    {
        var (value, json) = Harness.RoundTrip(Index("Demo.Settable"), Harness.Call("Demo.Samples", "Settable"));
        Assert.Equal("{\"Name\":\"s\",\"Count\":3,\"Values\":[0.5,\"NaN\"]}", json);
        Assert.Equal(3, SerializerHarness.Get(value, "Count"));
    }

    [Fact]
    public void Structs_construct_through_their_constructor_or_fields()
    {
        Assert.Equal("{\"X\":3,\"Y\":4}", Harness.RoundTrip(Index("Demo.Point"), Harness.Call("Demo.Samples", "Point")).Json);
        Assert.Equal("{\"X\":1,\"Y\":2}", Harness.RoundTrip(Index("Demo.MutablePoint"), Harness.Call("Demo.Samples", "MutablePoint")).Json);
    }

    [Fact]
    public void Constructor_parameters_match_properties_ignoring_case_and_the_rest_are_set()
    {
        var (value, json) = Harness.RoundTrip(Index("Demo.Mixed"), Harness.Call("Demo.Samples", "Mixed"));
        Assert.Equal("{\"Label\":\"label\",\"Items\":[1,2],\"Note\":null}", json);
        Assert.IsType<List<int>>(SerializerHarness.Get(value, "Items"));
    }

    [Fact]
    public void Inherited_required_and_keyword_members_round_trip()
    {
        Assert.Equal("{\"Id\":7,\"Extra\":\"extra\"}", Harness.RoundTrip(Index("Demo.Derived"), Harness.Call("Demo.Samples", "Derived")).Json);
        Assert.Equal("{\"Key\":\"k\",\"Optional\":5}", Harness.RoundTrip(Index("Demo.WithRequired"), Harness.Call("Demo.Samples", "WithRequired")).Json);
        Assert.Equal("{\"class\":1,\"event\":\"e\"}", Harness.RoundTrip(Index("Demo.Keywords"), Harness.Call("Demo.Samples", "Keywords")).Json);
    }

    [Fact]
    public void Closed_generic_records_round_trip()
        => Assert.Equal("{\"Value\":1,\"More\":[2,3]}", Harness.RoundTrip(Index("Demo.Box<int>"), Harness.Call("Demo.Samples", "Box")).Json);

    [Fact]
    public void Nested_values_nulls_and_enums_round_trip()
    {
        var (value, json) = Harness.RoundTrip(Index("Demo.Node"), Harness.Call("Demo.Samples", "Node"));
        Assert.Equal("{\"Name\":\"n\",\"Where\":{\"X\":1,\"Y\":2},\"Child\":null,\"Color\":\"Blue\",\"Groups\":{\"g\":[1,null]}}", json);
        Assert.Null(SerializerHarness.Get(value, "Child"));
    }

    [Fact]
    public void Every_collection_family_round_trips()
    {
        var (_, json) = Harness.RoundTrip(Index("Demo.Collections"), Harness.Call("Demo.Samples", "Collections"));
        Assert.Equal(
            "{\"Points\":[{\"X\":1,\"Y\":1}]," +
            "\"Nodes\":[{\"Name\":\"n\",\"Where\":{\"X\":1,\"Y\":2},\"Child\":null,\"Color\":\"Blue\",\"Groups\":{\"g\":[1,null]}},null]," +
            "\"ByName\":{\"d\":{\"Id\":7},\"b\":{\"Id\":1}},\"Tags\":[\"a\",null],\"Blobs\":[\"/w==\",\"\"],\"Jagged\":[[1],[]]," +
            "\"Colors\":[\"Green\"],\"Weights\":{\"w\":0.5}}",
            json);
    }

    [Fact]
    public void Top_level_values_of_every_kind_round_trip()
    {
        Assert.Equal("null", Harness.RoundTrip(Index("Demo.Settable?"), null).Json);
        Assert.Equal("[null]", Harness.RoundTrip(Index("System.Collections.Generic.List<Demo.Node?>"), CreateList(Harness.Type("Demo.Node"))).Json);
        Assert.Equal("\"Green\"", Harness.RoundTrip(Index("Demo.Color"), Enum.ToObject(Harness.Type("Demo.Color"), 1)).Json);
        Assert.Equal("null", Harness.RoundTrip(Index("int?"), null).Json);
        Assert.Equal("5", Harness.RoundTrip(Index("int?"), 5).Json);
        Assert.Equal("\u0001\u0002", Harness.RoundTrip(Index("byte[]"), new byte[] { 1, 2 }).Json);
        Assert.Equal("\"s\"", Harness.RoundTrip(Index("string?"), "s").Json);
    }

    [Fact]
    public void Annotated_and_unannotated_uses_of_a_type_share_one_serializer()
    {
        Assert.Same(Harness.Serializer(Index("Demo.Settable")), Harness.Serializer(Index("Demo.Settable?")));
        Assert.Same(Harness.Serializer(Index("byte[]")), Weft.Serialization.BuiltInSerializers.ByteArray);
    }

    private static object CreateList(Type element)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        list.Add(null);
        return list;
    }
}
