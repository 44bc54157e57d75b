using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class MalformedInputTests
{
    public static TheoryData<string, Func<string, Exception>, string> WrongTokens => new()
    {
        { "\"1\"", json => Json.Malformed(BuiltInSerializers.Int32, json), "int32" },
        { "256", json => Json.Malformed(BuiltInSerializers.Byte, json), "uint8" },
        { "-1", json => Json.Malformed(BuiltInSerializers.UInt64, json), "uint64" },
        { "1.5", json => Json.Malformed(BuiltInSerializers.Int64, json), "int64" },
        { "40000", json => Json.Malformed(BuiltInSerializers.Int16, json), "int16" },
        { "1", json => Json.Malformed(BuiltInSerializers.Boolean, json), "bool" },
        { "true", json => Json.Malformed(BuiltInSerializers.Double, json), "float64" },
        { "\"ab\"", json => Json.Malformed(BuiltInSerializers.Char, json), "char" },
        { "12", json => Json.Malformed(BuiltInSerializers.String, json), "string" },
        { "{}", json => Json.Malformed(BuiltInSerializers.Decimal, json), "decimal" },
        { "\"\"", json => Json.Malformed(BuiltInSerializers.DataFile, json), "datafile" },
        { "[1]", json => Json.Malformed(BuiltInSerializers.ByteArray, json), "bytes" },
    };

    [Theory]
    [MemberData(nameof(WrongTokens))]
    public void A_wrong_token_names_what_was_expected(string json, Func<string, Exception> read, string expected)
    {
        var error = read(json);
        Assert.Contains("Expected", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_malformed(string json)
        => Assert.Contains("int32", Json.Malformed(BuiltInSerializers.Int32, json).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("1 2")]
    [InlineData("1,")]
    [InlineData("1}")]
    public void Data_after_the_value_is_malformed(string json) => Json.Malformed(BuiltInSerializers.Int32, json);

    [Theory]
    [InlineData("[1,")]
    [InlineData("[1")]
    [InlineData("{\"a\":")]
    [InlineData("\"unterminated")]
    public void Truncated_input_is_malformed(string json)
    {
        Json.Malformed(new ListSerializer<int>(BuiltInSerializers.Int32), json.StartsWith('{') ? "[" + json : json);
        Json.Malformed(new DictionarySerializer<int>(BuiltInSerializers.Int32), json);
    }

    [Fact]
    public async Task Streams_report_malformed_input_too()
    {
        using var stream = new MemoryStream("[1,2,]"u8.ToArray());
        await Assert.ThrowsAsync<ArtifactFormatException>(() => BuiltInSerializers.String.ReadAsync(stream, CancellationToken.None).AsTask());
    }

    [Fact]
    public void Messages_say_where_the_problem_is()
    {
        var error = Json.Malformed(new ArraySerializer<int>(BuiltInSerializers.Int32), "[1, 2, \"three\"]");
        Assert.Contains("the string \"three\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("at byte 7", error.Message, StringComparison.Ordinal);
    }
}
