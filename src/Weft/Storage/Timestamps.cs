using System.Globalization;

namespace Weft.Storage;

/// <summary>How the store writes times: ISO 8601 UTC with seven fractional digits, which round-trips exactly and sorts as text.</summary>
internal static class Timestamps
{
    private const string Pattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text)
        => new(DateTime.ParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    public static DateTimeOffset? ParseOptional(string? text) => text is null ? null : Parse(text);
}
