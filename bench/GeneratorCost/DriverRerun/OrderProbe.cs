using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DriverRerun;

/// <summary>
/// Attributes a JIT-cold first run: in a fresh process, runs the generators one after the other on one compilation (as
/// csc does, each in its own driver here so that each is timed alone), optionally after forcing the compilation's own
/// lazy initialization (declaration table, global namespace merged over every reference, a bound member), which
/// otherwise the first generator to ask for symbols pays. Prints one line per step with the driver's generator time, wall
/// time, this thread's CPU time (which moves less with the machine's load) and the JIT compilation it caused:
/// "probe SEQUENCE STEP generator-ms wall-ms thread-cpu-ms jit-ms jit-methods".
/// </summary>
internal static class OrderProbe
{
    public const string Option = "--order-probe";

    /// <summary>The sequences the report shows: each generator alone, both in either order, each after the prewarm.</summary>
    public static readonly string[] Sequences = ["w", "s", "ws", "sw", "pw", "ps"];

    /// <summary>Runs this tool again with <see cref="Option"/> <paramref name="sequence"/>, <paramref name="rounds"/> times; medians per step.</summary>
    public static IReadOnlyList<ProbeStep> Measure(string[] args, string sequence, int rounds)
    {
        var all = new List<ProbeStep>();
        for (var r = 0; r < rounds; r++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (string.Equals(Path.GetFileNameWithoutExtension(Environment.ProcessPath), "dotnet", StringComparison.OrdinalIgnoreCase))
            {
                start.ArgumentList.Add(typeof(OrderProbe).Assembly.Location);
            }

            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(Option);
            start.ArgumentList.Add(sequence);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the order probe");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"order probe {sequence} exited with {process.ExitCode}:\n{output}");
            }

            all.AddRange(output.Split('\n').Where(l => l.StartsWith(Marker, StringComparison.Ordinal)).Select(ProbeStep.Parse));
        }

        return all.GroupBy(step => step.Name)
            .Select(group => new ProbeStep(sequence, group.Key, Median(group.Select(s => s.GeneratorMs)), Median(group.Select(s => s.CpuMs)),
                Median(group.Select(s => (double)s.JitMethods)) is var methods && double.IsNaN(methods) ? 0 : (long)methods))
            .ToList();
    }

    private const string Marker = "probe ";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <param name="sequence">Letters run in order: w (Weft), s (STJ), p (prewarm the compilation).</param>
    public static void Run(string sequence, Func<int, ISourceGenerator> load, Compilation compilation)
    {
        WarmupGenerator.Run();
        foreach (var step in sequence)
        {
            var name = step switch { 'w' => "weft", 's' => "stj", 'p' => "prewarm", _ => throw new ArgumentException($"unknown probe step '{step}' (w, s or p)") };
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
            var methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
            var cpuBefore = ThreadCpu.Milliseconds();
            var stopwatch = Stopwatch.StartNew();
            var generatorMs = double.NaN;
            if (step == 'p')
            {
                Prewarm(compilation);
            }
            else
            {
                GeneratorDriver driver = CSharpGeneratorDriver.Create([load(step == 'w' ? 0 : 1)], parseOptions: SyntheticCompilation.ParseOptions);
                driver = driver.RunGenerators(compilation);
                generatorMs = driver.GetTimingInfo().GeneratorTimes.Sum(g => g.ElapsedTime.TotalMilliseconds);
            }

            stopwatch.Stop();
            var cpuMs = ThreadCpu.Milliseconds() - cpuBefore;
            var jitMs = (System.Runtime.JitInfo.GetCompilationTime(currentThread: false) - jitBefore).TotalMilliseconds;
            var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - methodsBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Marker}{sequence} {name} {generatorMs:F1} {stopwatch.Elapsed.TotalMilliseconds:F1} {cpuMs:F1} {jitMs:F1} {jitMethods}"));
        }
    }

    /// <summary>What any generator asking for symbols first makes the compilation build, and nothing of either generator's own work.</summary>
    private static void Prewarm(Compilation compilation)
    {
        var count = 0;
        foreach (var member in compilation.GlobalNamespace.GetNamespaceMembers())
        {
            count += member.Name.Length;
        }

        count += compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1") is null ? 0 : 1;
        count += compilation.GetTypeByMetadataName("System.Collections.Generic.List`1") is null ? 0 : 1;
        var first = compilation.SyntaxTrees.First();
        count += compilation.GetSemanticModel(first).GetDeclarationDiagnostics().Length;
        GC.KeepAlive(count);
    }
}
