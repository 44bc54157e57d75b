using System.Globalization;

namespace RuntimeBench;

/// <summary>The process's peak resident set (VmHWM in /proc/self/status), which includes native memory such as SQLite's.</summary>
internal static class PeakMemory
{
    public static double MiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        return Environment.WorkingSet / (1024.0 * 1024.0);
    }
}
