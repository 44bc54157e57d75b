using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="SByte"/> values as JSON integers.</summary>
public sealed class SByteSerializer : JsonArtifactSerializer<sbyte>
{
    /// <inheritdoc />
    public override string Schema => "int8";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, sbyte value) => writer.WriteNumberValue((int)value);

    /// <inheritdoc />
    public override sbyte Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetSByte(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "an int8 (a JSON integer in range)");
}
