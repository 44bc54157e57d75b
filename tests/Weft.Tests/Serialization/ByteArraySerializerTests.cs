using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class ByteArraySerializerTests
{
    [Fact]
    public async Task Whole_artifacts_are_raw_bytes()
    {
        byte[] value = [0, 1, 2, 255, (byte)'{'];
        using var stream = new MemoryStream();
        await BuiltInSerializers.ByteArray.WriteAsync(value, stream, CancellationToken.None);
        Assert.Equal(value, stream.ToArray());

        stream.Position = 0;
        Assert.Equal(value, await BuiltInSerializers.ByteArray.ReadAsync(stream, CancellationToken.None));
    }

    [Fact]
    public async Task A_null_whole_artifact_is_stored_empty()
    {
        using var stream = new MemoryStream();
        await BuiltInSerializers.ByteArray.WriteAsync(null!, stream, CancellationToken.None);
        Assert.Equal(0, stream.Length);
        Assert.Empty(await BuiltInSerializers.ByteArray.ReadAsync(stream, CancellationToken.None));
    }

    [Fact]
    public void Nested_bytes_are_base64()
    {
        var serializer = new ListSerializer<byte[]>(BuiltInSerializers.ByteArray);
        var value = new List<byte[]> { new byte[] { 1, 2, 3 }, null!, Array.Empty<byte>() };
        Assert.Equal("[\"AQID\",null,\"\"]", Json.Text(serializer, value));
        var back = Json.RoundTrip(serializer, value);
        Assert.Equal(new byte[] { 1, 2, 3 }, back[0]);
        Assert.Null(back[1]);
        Assert.Empty(back[2]);
    }

    [Fact]
    public void Invalid_base64_is_malformed()
        => Assert.Contains("base64", Json.Malformed(BuiltInSerializers.ByteArray, "\"@@@\"").Message, StringComparison.Ordinal);
}
