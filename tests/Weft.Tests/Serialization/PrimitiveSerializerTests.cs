using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class PrimitiveSerializerTests
{
    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void Booleans_are_json_literals(bool value, string json)
    {
        Assert.Equal(json, Json.Text(BuiltInSerializers.Boolean, value));
        Assert.Equal(value, Json.RoundTrip(BuiltInSerializers.Boolean, value));
    }

    [Fact]
    public void Integers_round_trip_at_their_limits()
    {
        Assert.Equal(byte.MaxValue, Json.RoundTrip(BuiltInSerializers.Byte, byte.MaxValue));
        Assert.Equal(sbyte.MinValue, Json.RoundTrip(BuiltInSerializers.SByte, sbyte.MinValue));
        Assert.Equal(short.MinValue, Json.RoundTrip(BuiltInSerializers.Int16, short.MinValue));
        Assert.Equal(ushort.MaxValue, Json.RoundTrip(BuiltInSerializers.UInt16, ushort.MaxValue));
        Assert.Equal(int.MinValue, Json.RoundTrip(BuiltInSerializers.Int32, int.MinValue));
        Assert.Equal(uint.MaxValue, Json.RoundTrip(BuiltInSerializers.UInt32, uint.MaxValue));
        Assert.Equal(long.MinValue, Json.RoundTrip(BuiltInSerializers.Int64, long.MinValue));
        Assert.Equal(ulong.MaxValue, Json.RoundTrip(BuiltInSerializers.UInt64, ulong.MaxValue));
        Assert.Equal("18446744073709551615", Json.Text(BuiltInSerializers.UInt64, ulong.MaxValue));
        Assert.Equal("-128", Json.Text(BuiltInSerializers.SByte, sbyte.MinValue));
    }

    [Fact]
    public void Decimals_keep_their_scale()
    {
        Assert.Equal("1.10", Json.Text(BuiltInSerializers.Decimal, 1.10m));
        var back = Json.RoundTrip(BuiltInSerializers.Decimal, 1.10m);
        Assert.Equal("1.10", back.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decimal.MaxValue, Json.RoundTrip(BuiltInSerializers.Decimal, decimal.MaxValue));
        Assert.Equal(decimal.MinValue, Json.RoundTrip(BuiltInSerializers.Decimal, decimal.MinValue));
    }

    [Theory]
    [InlineData('a', "\"a\"")]
    [InlineData('"', "\"\\u0022\"")]
    [InlineData('\0', "\"\\u0000\"")]
    [InlineData('\uD800', "55296")]
    [InlineData('\uDFFF', "57343")]
    public void Chars_are_one_character_strings_and_lone_surrogates_numbers(char value, string json)
    {
        Assert.Equal(json, Json.Text(BuiltInSerializers.Char, value));
        Assert.Equal(value, Json.RoundTrip(BuiltInSerializers.Char, value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("quotes \" and \\ backslashes\n and newlines")]
    [InlineData("ünïcødé ✓ 𝄞")]
    public void Strings_round_trip(string value) => Assert.Equal(value, Json.RoundTrip(BuiltInSerializers.String, value));

    [Fact]
    public void Null_strings_are_json_null()
    {
        Assert.Equal("null", Json.Text(BuiltInSerializers.String, null!));
        Assert.Null(Json.RoundTrip(BuiltInSerializers.String, null!));
    }

    [Fact]
    public void Guids_round_trip_in_d_format()
    {
        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        Assert.Equal("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", Json.Text(BuiltInSerializers.Guid, guid));
        Assert.Equal(guid, Json.RoundTrip(BuiltInSerializers.Guid, guid));
    }

    [Fact]
    public void DataFiles_store_their_path()
    {
        var file = DataFile.From("data/houses.csv");
        Assert.Equal("\"data/houses.csv\"", Json.Text(BuiltInSerializers.DataFile, file));
        var back = Json.RoundTrip(BuiltInSerializers.DataFile, file);
        Assert.Equal("data/houses.csv", back.Path);
        Assert.Null(Json.RoundTrip(BuiltInSerializers.DataFile, null!));
    }

    [Fact]
    public async Task Untyped_members_move_boxed_values()
    {
        IArtifactSerializer serializer = BuiltInSerializers.Int32;
        using var stream = new MemoryStream();
        await serializer.WriteObjectAsync(42, stream, CancellationToken.None);
        stream.Position = 0;
        Assert.Equal(42, await serializer.ReadObjectAsync(stream, CancellationToken.None));
    }
}
