using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="Int16"/> values as JSON integers.</summary>
public sealed class Int16Serializer : JsonArtifactSerializer<short>
{
    /// <inheritdoc />
    public override string Schema => "int16";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, short value) => writer.WriteNumberValue((int)value);

    /// <inheritdoc />
    public override short Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt16(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "an int16 (a JSON integer in range)");
}
