using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="UInt64"/> values as JSON integers.</summary>
public sealed class UInt64Serializer : JsonArtifactSerializer<ulong>
{
    /// <inheritdoc />
    public override string Schema => "uint64";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ulong value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override ulong Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a uint64 (a JSON integer in range)");
}
