using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="UInt16"/> values as JSON integers.</summary>
public sealed class UInt16Serializer : JsonArtifactSerializer<ushort>
{
    /// <inheritdoc />
    public override string Schema => "uint16";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ushort value) => writer.WriteNumberValue((uint)value);

    /// <inheritdoc />
    public override ushort Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetUInt16(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a uint16 (a JSON integer in range)");
}
