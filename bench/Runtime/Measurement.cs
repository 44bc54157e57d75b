using System.Diagnostics;

namespace RuntimeBench;

/// <summary>What one run cost: wall time, CPU time of the whole process, managed allocation, collections and GC pauses.</summary>
internal readonly record struct Measurement(double Seconds, double CpuSeconds, long AllocatedBytes, int Collections, double GcPauseSeconds)
{
    public static async Task<(T Result, Measurement Cost)> TakeAsync<T>(Func<Task<T>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var pauses = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var result = await run();
        var seconds = clock.Elapsed.TotalSeconds;
        return (result, new Measurement(
            seconds,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GC.CollectionCount(0) - collections,
            (GC.GetTotalPauseDuration() - pauses).TotalSeconds));
    }

    /// <summary>The measurement with the median wall time: robust to a repetition disturbed by other work on the machine.</summary>
    public static Measurement Median(IEnumerable<Measurement> measurements)
    {
        var sorted = measurements.OrderBy(m => m.Seconds).ToList();
        return sorted[sorted.Count / 2];
    }
}
