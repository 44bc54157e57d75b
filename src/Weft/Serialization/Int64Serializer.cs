using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="Int64"/> values as JSON integers.</summary>
public sealed class Int64Serializer : JsonArtifactSerializer<long>
{
    /// <inheritdoc />
    public override string Schema => "int64";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override long Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "an int64 (a JSON integer in range)");
}
