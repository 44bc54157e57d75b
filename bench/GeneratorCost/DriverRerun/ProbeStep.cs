using System.Globalization;

namespace DriverRerun;

/// <summary>One step of an <see cref="OrderProbe"/> sequence: generator time as the driver reports it, thread CPU time, methods JIT-compiled.</summary>
internal sealed record ProbeStep(string Sequence, string Name, double GeneratorMs, double CpuMs, long JitMethods)
{
    public static ProbeStep Parse(string line)
    {
        var parts = line.Trim().Split(' ');
        return new ProbeStep(parts[1], parts[2], double.Parse(parts[3], CultureInfo.InvariantCulture), double.Parse(parts[5], CultureInfo.InvariantCulture),
            long.Parse(parts[7], CultureInfo.InvariantCulture));
    }
}
