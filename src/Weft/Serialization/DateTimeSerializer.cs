using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="DateTime"/> values as JSON strings in ISO 8601 round-trip form (ticks and kind survive: <c>Z</c> for UTC, an offset for local, none for unspecified).</summary>
public sealed class DateTimeSerializer : JsonArtifactSerializer<DateTime>
{
    /// <inheritdoc />
    public override string Schema => "datetime";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTime value) => writer.WriteStringValue(value);

    /// <inheritdoc />
    public override DateTime Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a datetime (an ISO 8601 JSON string)");
}
