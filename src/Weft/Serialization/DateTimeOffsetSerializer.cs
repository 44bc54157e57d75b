using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="DateTimeOffset"/> values as JSON strings in ISO 8601 round-trip form with their offset.</summary>
public sealed class DateTimeOffsetSerializer : JsonArtifactSerializer<DateTimeOffset>
{
    /// <inheritdoc />
    public override string Schema => "datetimeoffset";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value);

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a datetimeoffset (an ISO 8601 JSON string with an offset)");
}
