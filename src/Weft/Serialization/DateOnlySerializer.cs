using System.Globalization;
using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="DateOnly"/> values as JSON strings in ISO 8601 form <c>yyyy-MM-dd</c>.</summary>
public sealed class DateOnlySerializer : JsonArtifactSerializer<DateOnly>
{
    private const string Format = "O";

    /// <inheritdoc />
    public override string Schema => "date";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> text = stackalloc char[64];
        if (!value.TryFormat(text, out var length, Format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("The date buffer is too small.");
        }

        writer.WriteStringValue(text[..length]);
    }

    /// <inheritdoc />
    public override DateOnly Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && DateOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a date (a JSON string like \"2024-12-31\")");
}
