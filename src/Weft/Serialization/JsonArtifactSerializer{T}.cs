using System.Buffers;
using System.Text.Json;

namespace Weft;

/// <summary>
/// A serializer that stores values as UTF-8 JSON through <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/>;
/// generated serializers derive from it and compose (a record's members use their own serializers).
/// </summary>
/// <typeparam name="T">The artifact type.</typeparam>
public abstract class JsonArtifactSerializer<T> : ArtifactSerializer<T>
{
    private static readonly JsonWriterOptions s_writerOptions = new() { SkipValidation = true };
    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = 256 };

    /// <summary>Writes <paramref name="value"/> as one JSON value.</summary>
    public abstract void Write(Utf8JsonWriter writer, T value);

    /// <summary>Reads one JSON value; the reader is positioned on its first token and is left on its last.</summary>
    public abstract T Read(ref Utf8JsonReader reader);

    /// <summary>Serializes to a byte array.</summary>
    public byte[] Serialize(T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            Write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Deserializes from UTF-8 JSON.</summary>
    /// <exception cref="ArtifactFormatException">The bytes are not a valid value of this shape.</exception>
    public T Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, s_readerOptions);
        try
        {
            if (!reader.Read())
            {
                throw new ArtifactFormatException($"Empty artifact: expected a {Schema} value.");
            }

            var value = Read(ref reader);
            // A value followed by more data is a corrupt or concatenated artifact, not a valid one.
            if (reader.Read())
            {
                throw new ArtifactFormatException($"Malformed artifact: unexpected data after the {Schema} value at byte {reader.TokenStartIndex}.");
            }

            return value;
        }
        catch (JsonException ex)
        {
            throw new ArtifactFormatException($"Malformed {Schema} artifact: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new ArtifactFormatException($"Malformed {Schema} artifact: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public override async ValueTask WriteAsync(T value, Stream destination, CancellationToken cancellationToken)
    {
        var bytes = Serialize(value);
        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async ValueTask<T> ReadAsync(Stream source, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
