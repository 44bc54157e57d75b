using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class CollectionSerializerTests
{
    private static readonly ArraySerializer<int> s_ints = new(BuiltInSerializers.Int32);
    private static readonly ListSerializer<string> s_strings = new(BuiltInSerializers.String);
    private static readonly DictionarySerializer<double> s_doubles = new(BuiltInSerializers.Double);

    [Fact]
    public void Arrays_are_json_arrays()
    {
        Assert.Equal("[1,-2,3]", Json.Text(s_ints, [1, -2, 3]));
        Assert.Equal([1, -2, 3], Json.RoundTrip(s_ints, [1, -2, 3]));
        Assert.Empty(Json.RoundTrip(s_ints, []));
        Assert.Null(Json.RoundTrip(s_ints, null!));
    }

    [Fact]
    public void Lists_keep_null_elements()
    {
        var list = new List<string> { "a", null!, "" };
        Assert.Equal("[\"a\",null,\"\"]", Json.Text(s_strings, list));
        Assert.Equal(list, Json.RoundTrip(s_strings, list));
    }

    [Fact]
    public void Dictionaries_keep_insertion_order_and_non_finite_values()
    {
        var map = new Dictionary<string, double> { ["z"] = 1.5, ["a"] = double.NaN, [""] = double.NegativeInfinity };
        Assert.Equal("{\"z\":1.5,\"a\":\"NaN\",\"\":\"-Infinity\"}", Json.Text(s_doubles, map));
        var back = Json.RoundTrip(s_doubles, map);
        Assert.Equal(["z", "a", ""], back.Keys);
        Assert.True(double.IsNaN(back["a"]));
    }

    [Fact]
    public void Nested_composites_round_trip()
    {
        var serializer = new ListSerializer<Dictionary<string, int?[]>>(
            new DictionarySerializer<int?[]>(new ArraySerializer<int?>(new NullableSerializer<int>(BuiltInSerializers.Int32))));
        var value = new List<Dictionary<string, int?[]>>
        {
            new() { ["x"] = [1, null, 3], ["empty"] = [] },
            null!,
            new(),
        };

        Assert.Equal("[{\"x\":[1,null,3],\"empty\":[]},null,{}]", Json.Text(serializer, value));
        var back = Json.RoundTrip(serializer, value);
        Assert.Equal([1, null, 3], back[0]["x"]);
        Assert.Null(back[1]);
        Assert.Empty(back[2]);
        Assert.Equal("list<map<string,array<nullable<int32>>>>", serializer.Schema);
    }

    [Fact]
    public void Nullables_are_null_or_the_value()
    {
        var serializer = new NullableSerializer<Guid>(BuiltInSerializers.Guid);
        Assert.Equal("null", Json.Text(serializer, null));
        Assert.Null(Json.RoundTrip(serializer, null));
        var guid = Guid.NewGuid();
        Assert.Equal(guid, Json.RoundTrip(serializer, guid));
    }

    [Fact]
    public void List_interfaces_read_back_as_lists()
    {
        var readOnly = new ListInterfaceSerializer<IReadOnlyList<int>, int>(BuiltInSerializers.Int32);
        Assert.Equal([4, 5], Json.RoundTrip(readOnly, new[] { 4, 5 }));
        Assert.IsType<List<int>>(Json.Parse(readOnly, "[1]"));

        var enumerable = new ListInterfaceSerializer<IEnumerable<string>, string>(BuiltInSerializers.String);
        Assert.Equal("[\"a\",\"b\"]", Json.Text(enumerable, new[] { "a", "b" }.Select(s => s)));
        Assert.Equal("list<string>", enumerable.Schema);
    }

    [Fact]
    public void Dictionary_interfaces_read_back_as_dictionaries()
    {
        var serializer = new DictionaryInterfaceSerializer<IReadOnlyDictionary<string, bool>, bool>(BuiltInSerializers.Boolean);
        var back = Json.RoundTrip(serializer, new Dictionary<string, bool> { ["on"] = true });
        Assert.IsType<Dictionary<string, bool>>(back);
        Assert.True(back["on"]);
    }

    [Fact]
    public void Interface_serializers_reject_interfaces_the_concrete_collection_lacks()
    {
        Assert.Throws<ArgumentException>(() => new ListInterfaceSerializer<HashSet<int>, int>(BuiltInSerializers.Int32));
        Assert.Throws<ArgumentException>(() => new DictionaryInterfaceSerializer<SortedDictionary<string, int>, int>(BuiltInSerializers.Int32));
    }

    [Fact]
    public void Malformed_collections_say_what_was_expected()
    {
        Assert.Contains("JSON array for array<int32>", Json.Malformed(s_ints, "{}").Message, StringComparison.Ordinal);
        Assert.Contains("int32", Json.Malformed(s_ints, "[1,\"2\"]").Message, StringComparison.Ordinal);
        Assert.Contains("JSON object for map<string,float64>", Json.Malformed(s_doubles, "[]").Message, StringComparison.Ordinal);
        Assert.Contains("occurs more than once", Json.Malformed(s_doubles, "{\"a\":1,\"a\":2}").Message, StringComparison.Ordinal);
        Json.Malformed(s_ints, "[1,2");
    }
}
