using System.Globalization;
using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="TimeSpan"/> values as JSON strings in the invariant constant format <c>[-][d.]hh:mm:ss[.fffffff]</c>.</summary>
public sealed class TimeSpanSerializer : JsonArtifactSerializer<TimeSpan>
{
    private const string Format = "c";

    /// <inheritdoc />
    public override string Schema => "timespan";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimeSpan value)
    {
        Span<char> text = stackalloc char[64];
        if (!value.TryFormat(text, out var length, Format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("The timespan buffer is too small.");
        }

        writer.WriteStringValue(text[..length]);
    }

    /// <inheritdoc />
    public override TimeSpan Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && TimeSpan.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, TimeSpanStyles.None, out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a timespan (a JSON string like \"1.02:03:04.5000000\")");
}
