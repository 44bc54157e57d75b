using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="Int32"/> values as JSON integers.</summary>
public sealed class Int32Serializer : JsonArtifactSerializer<int>
{
    /// <inheritdoc />
    public override string Schema => "int32";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override int Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "an int32 (a JSON integer in range)");
}
