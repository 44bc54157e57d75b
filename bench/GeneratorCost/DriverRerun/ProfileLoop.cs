using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DriverRerun;

/// <summary>
/// Full runs of one generator on freshly parsed copies of the synthetic project, back to back, so that a sampling
/// profiler (dotnet-trace) attached to the process sees mostly the generator's own work.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(ISourceGenerator generator, Compilation baseline, int runs)
    {
        WarmupGenerator.Run();
        for (var r = 0; r < runs; r++)
        {
            var compilation = GeneratorBenchmark.Reparsed(baseline);
            GC.Collect();
            GeneratorDriver driver = CSharpGeneratorDriver.Create([generator], parseOptions: SyntheticCompilation.ParseOptions);
            // CPU time as well as wall time: on a machine shared with other builds, CPU time moves less with the load.
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var threadBefore = ThreadCpu.Milliseconds();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            stopwatch.Stop();
            var threadMs = ThreadCpu.Milliseconds() - threadBefore;
            var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var generatorMs = driver.GetTimingInfo().GeneratorTimes.Sum(g => g.ElapsedTime.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r}: generator {generatorMs:F1} ms, wall {stopwatch.Elapsed.TotalMilliseconds:F1} ms, process CPU {cpuMs:F1} ms, thread CPU {threadMs:F1} ms, allocated {allocatedMb:F1} MB"));
        }
    }
}
