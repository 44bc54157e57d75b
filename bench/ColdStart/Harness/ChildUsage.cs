using System.Runtime.InteropServices;

namespace ColdStartHarness;

/// <summary>
/// CPU time of the reaped children of this process (getrusage(RUSAGE_CHILDREN)). The harness starts one child at a time,
/// so the difference across one run is that child's user + system time, all threads included.
/// </summary>
internal static partial class ChildUsage
{
    private const int RusageChildren = -1;

    public static unsafe TimeSpan CpuTime()
    {
        // struct rusage on 64-bit Linux: two timevals (user, system) then 14 longs; only the timevals are read.
        var buffer = stackalloc long[18];
        if (GetRusage(RusageChildren, buffer) != 0)
        {
            throw new InvalidOperationException($"getrusage failed with errno {Marshal.GetLastPInvokeError()}.");
        }

        var microseconds = (buffer[0] * 1_000_000 + buffer[1]) + (buffer[2] * 1_000_000 + buffer[3]);
        return TimeSpan.FromTicks(microseconds * 10);
    }

    /// <summary>This process's nice value, which the children it starts inherit.</summary>
    public static int Niceness() => GetPriority(0, 0);

    [LibraryImport("libc", EntryPoint = "getpriority")]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static unsafe partial int GetRusage(int who, long* usage);
}
