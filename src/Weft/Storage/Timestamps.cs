using System.Globalization;

namespace Weft.Storage;

/// <summary>
/// How the store writes times: ISO 8601 UTC with seven fractional digits (the round-trip <c>O</c> format of a UTC
/// <see cref="DateTime"/>), which round-trips exactly and sorts as text.
/// </summary>
internal static class Timestamps
{
    /// <summary>The length of a formatted time (<c>2026-11-28T17:43:55.1234567Z</c>).</summary>
    public const int Length = 28;

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text)
        => new(DateTime.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime(), TimeSpan.Zero);

    public static DateTimeOffset? ParseOptional(string? text) => text is null ? null : Parse(text);
}
