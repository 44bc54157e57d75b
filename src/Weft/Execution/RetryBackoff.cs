namespace Weft;

/// <summary>Exponential backoff between the attempts of a step.</summary>
internal static class RetryBackoff
{
    /// <summary>The wait after the first failed attempt.</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    /// <summary>The wait after failed attempt <paramref name="failedAttempt"/> (1-based): the base delay, doubling, capped.</summary>
    public static TimeSpan Delay(int failedAttempt, TimeSpan baseDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        // 2^20 times any useful base is far past the cap; limiting the shift keeps the multiplication from overflowing.
        var factor = 1L << Math.Min(failedAttempt - 1, 20);
        var ticks = baseDelay.Ticks * factor;
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks(ticks);
    }
}
