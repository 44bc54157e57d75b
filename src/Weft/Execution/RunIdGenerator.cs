using System.Globalization;
using System.Security.Cryptography;

namespace Weft;

/// <summary>
/// Creates run ids of the form <c>yyyyMMdd-HHmmss-xxxxxx</c> (UTC time, six hex digits). Across processes the random
/// suffix keeps ids unique; within a process, ids issued in the same second count up from a random start, so they
/// also sort in issue order.
/// </summary>
internal static class RunIdGenerator
{
    // The random start stays in the lower half of the suffix range so that counting up rarely overflows the six digits.
    private const int RandomRange = 0x800000;
    private const int MaxSuffix = 0xFFFFFF;

    private static readonly Lock s_gate = new();
    private static long s_lastSecond = long.MinValue;
    private static int s_lastSuffix;

    public static string Next() => Next(DateTimeOffset.UtcNow);

    public static string Next(DateTimeOffset now)
    {
        var second = now.ToUnixTimeSeconds();
        int suffix;
        lock (s_gate)
        {
            if (second > s_lastSecond)
            {
                s_lastSecond = second;
                s_lastSuffix = RandomNumberGenerator.GetInt32(RandomRange);
            }
            else if (s_lastSuffix < MaxSuffix)
            {
                // Same second, or the clock stepped back: stay on the last second so ids keep sorting in issue order.
                s_lastSuffix++;
            }
            else
            {
                s_lastSecond++;
                s_lastSuffix = RandomNumberGenerator.GetInt32(RandomRange);
            }

            second = s_lastSecond;
            suffix = s_lastSuffix;
        }

        var time = DateTimeOffset.FromUnixTimeSeconds(second).UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{time:yyyyMMdd'-'HHmmss}-{suffix:x6}");
    }
}
