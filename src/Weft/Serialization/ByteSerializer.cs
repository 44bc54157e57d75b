using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="Byte"/> values as JSON integers.</summary>
public sealed class ByteSerializer : JsonArtifactSerializer<byte>
{
    /// <inheritdoc />
    public override string Schema => "uint8";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, byte value) => writer.WriteNumberValue((uint)value);

    /// <inheritdoc />
    public override byte Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetByte(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a uint8 (a JSON integer in range)");
}
