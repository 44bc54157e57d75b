using System.Globalization;

namespace Weft.Cli;

/// <summary>Durations as people read them: <c>12 ms</c>, <c>3.40 s</c>, <c>2 min 05 s</c>.</summary>
internal static class DurationText
{
    public static string Of(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return Math.Max(0, (int)Math.Round(duration.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + " ms";
        }

        if (duration < TimeSpan.FromMinutes(1))
        {
            return duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
        }

        var minutes = (int)duration.TotalMinutes;
        return minutes.ToString(CultureInfo.InvariantCulture) + " min " + duration.Seconds.ToString("00", CultureInfo.InvariantCulture) + " s";
    }
}
