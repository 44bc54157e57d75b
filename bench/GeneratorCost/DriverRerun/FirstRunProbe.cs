using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DriverRerun;

/// <summary>
/// Times a generator's first run in a process of its own. In one shared process the generator timed first would also
/// pay the one-time costs any first generator pays (creating the reference assemblies' symbols, JIT-compiling the
/// binder), and the one timed second would look cheaper for it.
/// </summary>
internal static class FirstRunProbe
{
    public const string Option = "--first-run-only";
    private const string Marker = "first-run-ms";

    /// <summary>Runs this tool again with <see cref="Option"/> and reads the timing it prints.</summary>
    public static Timing Measure(string[] args, int generatorIndex)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(Environment.ProcessPath), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(FirstRunProbe).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(Option);
        start.ArgumentList.Add(generatorIndex.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the first-run probe");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"first-run probe exited with {process.ExitCode}:\n{output}");
        }

        var parts = line.Split(' ');
        return new Timing(double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture))
        {
            JitMs = double.Parse(parts[3], CultureInfo.InvariantCulture),
            JitMethods = long.Parse(parts[4], CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The probe's side: one run of a freshly loaded generator on a fresh compilation, after the driver warm-up.</summary>
    public static void Run(ISourceGenerator generator, Compilation compilation)
    {
        WarmupGenerator.Run();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator], parseOptions: SyntheticCompilation.ParseOptions);
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
        var methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        stopwatch.Stop();
        var jitMs = (System.Runtime.JitInfo.GetCompilationTime(currentThread: false) - jitBefore).TotalMilliseconds;
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - methodsBefore;
        var generatorMs = driver.GetTimingInfo().GeneratorTimes.Sum(g => g.ElapsedTime.TotalMilliseconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Marker} {generatorMs:F3} {stopwatch.Elapsed.TotalMilliseconds:F3} {jitMs:F3} {jitMethods}"));
    }
}
