using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="UInt32"/> values as JSON integers.</summary>
public sealed class UInt32Serializer : JsonArtifactSerializer<uint>
{
    /// <inheritdoc />
    public override string Schema => "uint32";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, uint value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override uint Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetUInt32(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a uint32 (a JSON integer in range)");
}
