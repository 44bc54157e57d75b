using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Stores <see cref="byte"/> arrays. As a whole artifact (<see cref="WriteAsync"/>, <see cref="ReadAsync"/>) the bytes are
/// stored raw, with no JSON around them, and <see langword="null"/> is stored as an empty array. Nested inside another value
/// (<see cref="Write"/>, <see cref="Read"/>, <see cref="JsonArtifactSerializer{T}.Serialize"/>) they are a base64 JSON string,
/// and <see langword="null"/> is JSON <c>null</c>.
/// </summary>
public sealed class ByteArraySerializer : JsonArtifactSerializer<byte[]>
{
    /// <inheritdoc />
    public override string Schema => "bytes";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, byte[] value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteBase64StringValue(value);
        }
    }

    /// <inheritdoc />
    public override byte[] Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        return reader.TokenType == JsonTokenType.String && reader.TryGetBytesFromBase64(out var bytes)
            ? bytes
            : throw JsonReading.Unexpected(ref reader, "bytes (a base64 JSON string)");
    }

    /// <summary>Writes the bytes raw.</summary>
    /// <param name="value">The bytes; <see langword="null"/> writes nothing.</param>
    /// <param name="destination">The stream to write to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public override async ValueTask WriteAsync(byte[] value, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (value is { Length: > 0 })
        {
            await destination.WriteAsync(value, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads every remaining byte of <paramref name="source"/>.</summary>
    /// <param name="source">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public override async ValueTask<byte[]> ReadAsync(Stream source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
