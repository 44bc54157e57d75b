using System.Text;

namespace Weft.Tests.Serialization;

/// <summary>Round-trip helpers: through bytes and through streams, as the artifact store uses serializers.</summary>
internal static class Json
{
    public static string Text<T>(JsonArtifactSerializer<T> serializer, T value) => Encoding.UTF8.GetString(serializer.Serialize(value));

    public static T Parse<T>(JsonArtifactSerializer<T> serializer, string json) => serializer.Deserialize(Encoding.UTF8.GetBytes(json));

    public static T RoundTrip<T>(JsonArtifactSerializer<T> serializer, T value)
    {
        var viaBytes = serializer.Deserialize(serializer.Serialize(value));
        var viaStream = RoundTripAsync(serializer, value).GetAwaiter().GetResult();
        Assert.Equal(serializer.Serialize(viaBytes), serializer.Serialize(viaStream));
        return viaBytes;
    }

    public static async Task<T> RoundTripAsync<T>(ArtifactSerializer<T> serializer, T value)
    {
        using var stream = new MemoryStream();
        await serializer.WriteAsync(value, stream, CancellationToken.None);
        stream.Position = 0;
        return await serializer.ReadAsync(stream, CancellationToken.None);
    }

    public static ArtifactFormatException Malformed<T>(JsonArtifactSerializer<T> serializer, string json)
        => Assert.Throws<ArtifactFormatException>(() => Parse(serializer, json));
}
