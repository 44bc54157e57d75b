using System.Runtime.InteropServices;

namespace DriverRerun;

/// <summary>
/// CPU time of the calling thread (Linux): the driver runs a generator on the calling thread, and on a machine shared
/// with other builds this moves far less with the load than wall time does. NaN where the clock is unavailable.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6) : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
