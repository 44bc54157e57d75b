namespace ColdStartHarness;

/// <summary>Order statistics of one flavor's samples (nearest-rank percentiles: every figure is a measured run).</summary>
internal sealed record Distribution(int Count, double Min, double Median, double P90, double Max, double CpuMedian)
{
    public static Distribution Of(IReadOnlyList<Sample> samples)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }

        var wall = samples.Select(s => s.WallMilliseconds).Order().ToArray();
        var cpu = samples.Select(s => s.CpuMilliseconds).Order().ToArray();
        return new Distribution(wall.Length, wall[0], Percentile(wall, 50), Percentile(wall, 90), wall[^1], Percentile(cpu, 50));
    }

    private static double Percentile(double[] sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
