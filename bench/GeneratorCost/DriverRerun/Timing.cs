namespace DriverRerun;

/// <summary>One driver run: the generator's own time as the driver reports it (what -p:ReportAnalyzer prints) and wall time.</summary>
internal readonly record struct Timing(double GeneratorMs, double WallMs)
{
    /// <summary>JIT compilation during the run (process-wide, all threads), when measured: the cold run's share of the JIT.</summary>
    public double JitMs { get; init; } = double.NaN;

    /// <summary>Methods JIT-compiled during the run, when measured.</summary>
    public long JitMethods { get; init; }

    public static Timing Median(IReadOnlyList<Timing> runs)
        => new(MedianOf(runs.Select(r => r.GeneratorMs)), MedianOf(runs.Select(r => r.WallMs)));

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
