using System.Globalization;
using System.Security.Cryptography;

namespace Weft;

/// <summary>
/// Creates run ids of the form <c>yyyyMMdd-HHmmss-xxxxxx</c> (UTC time, six hex digits). Across processes the random
/// suffix keeps ids unique; within one generator, ids issued in the same second count up from a random start, so they
/// also sort in issue order.
/// </summary>
internal sealed class RunIdGenerator
{
    // The random start stays in the lower half of the suffix range so that counting up rarely overflows the six digits.
    private const int RandomRange = 0x800000;
    private const int MaxSuffix = 0xFFFFFF;

    private static readonly RunIdGenerator s_shared = new();

    private readonly Lock _gate = new();
    private long _lastSecond = long.MinValue;
    private int _lastSuffix;

    /// <summary>A fresh id for a run starting now.</summary>
    public static string New() => s_shared.Next(DateTimeOffset.UtcNow);

    public string Next(DateTimeOffset now)
    {
        var second = now.ToUnixTimeSeconds();
        lock (_gate)
        {
            if (second > _lastSecond)
            {
                _lastSecond = second;
                _lastSuffix = RandomNumberGenerator.GetInt32(RandomRange);
            }
            else if (_lastSuffix < MaxSuffix)
            {
                // Same second, or the clock stepped back: stay on the last second so ids keep sorting in issue order.
                _lastSuffix++;
            }
            else
            {
                _lastSecond++;
                _lastSuffix = RandomNumberGenerator.GetInt32(RandomRange);
            }

            second = _lastSecond;
            var time = DateTimeOffset.FromUnixTimeSeconds(second).UtcDateTime;
            return string.Create(CultureInfo.InvariantCulture, $"{time:yyyyMMdd'-'HHmmss}-{_lastSuffix:x6}");
        }
    }
}
