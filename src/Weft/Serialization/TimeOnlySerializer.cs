using System.Globalization;
using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="TimeOnly"/> values as JSON strings in ISO 8601 form <c>HH:mm:ss.fffffff</c>.</summary>
public sealed class TimeOnlySerializer : JsonArtifactSerializer<TimeOnly>
{
    private const string Format = "O";

    /// <inheritdoc />
    public override string Schema => "time";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimeOnly value)
    {
        Span<char> text = stackalloc char[64];
        if (!value.TryFormat(text, out var length, Format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("The time buffer is too small.");
        }

        writer.WriteStringValue(text[..length]);
    }

    /// <inheritdoc />
    public override TimeOnly Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && TimeOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a time (a JSON string like \"13:45:30.0000000\")");
}
