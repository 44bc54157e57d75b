using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DriverRerun;

/// <summary>Times one generator in a CSharpGeneratorDriver: a cold run, full runs, and reruns after each edit.</summary>
internal sealed class GeneratorBenchmark(
    string name, ISourceGenerator generator, Func<ISourceGenerator> loadFresh, Compilation baseline, DriverOptions options)
{
    private const int WarmupEdits = 2;
    private const int WarmupRuns = 2;

    /// <param name="firstRun">The generator's first run, timed in a process of its own (<see cref="FirstRunProbe"/>).</param>
    public GeneratorResult Run(IReadOnlyList<SourceEdit> edits, SourceEdit stageEdit, Timing firstRun)
    {
        // This run loads and JIT-compiles the generator here; it only supplies the output figures and warms up.
        var driver = CreateDriver(track: false);
        driver = driver.RunGenerators(baseline.Clone());
        var result = driver.GetRunResult().Results[0];
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(10).ToList();
        if (result.Exception is not null)
        {
            errors.Insert(0, $"generator threw {result.Exception}");
        }

        var generatedChars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);

        // Full runs get freshly parsed trees, as a new build does: a generator may keep results across compilations for
        // trees it has seen, which is what reruns measure, and a full run must not profit from that.
        var full = new List<Timing>();
        for (var r = 0; r < WarmupRuns + options.FullRuns; r++)
        {
            var fresh = CreateDriver(track: false);
            var timing = Time(ref fresh, Reparsed(baseline));
            if (r >= WarmupRuns)
            {
                full.Add(timing);
            }
        }

        // A build hands each compilation the generator as loaded for it; a fresh copy measures that case with Roslyn warm.
        var freshlyLoaded = new List<Timing>();
        for (var r = 0; r < options.FullRuns; r++)
        {
            var fresh = CreateDriver(track: false, loadFresh());
            freshlyLoaded.Add(Time(ref fresh, Reparsed(baseline)));
        }

        var reruns = edits.Select(edit => (edit, Timing.Median(Reruns(edit)))).ToList();
        var (coldStages, editStages) = Stages(stageEdit);
        return new GeneratorResult(name, firstRun, Timing.Median(freshlyLoaded), Timing.Median(full), reruns, result.GeneratedSources.Length, generatedChars,
            errors, coldStages, editStages, stageEdit);
    }

    /// <summary>The same sources freshly parsed, as a new build sees them: nothing cached for their trees can be reused.</summary>
    public static Compilation Reparsed(Compilation compilation)
        => compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree =>
            CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)));

    private List<Timing> Reruns(SourceEdit edit)
    {
        var compilation = baseline.Clone();
        var driver = CreateDriver(track: false).RunGenerators(compilation);
        var timings = new List<Timing>();
        for (var k = 1; k <= WarmupEdits + options.Iterations; k++)
        {
            compilation = edit.Apply(compilation, k);
            var timing = Time(ref driver, compilation);
            if (k > WarmupEdits)
            {
                timings.Add(timing);
            }
        }

        return timings;
    }

    private (IReadOnlyList<StageTime> Cold, IReadOnlyList<StageTime> Edit) Stages(SourceEdit edit)
    {
        var compilation = Reparsed(baseline);
        var driver = CreateDriver(track: true).RunGenerators(compilation);
        var cold = Summarize(driver.GetRunResult().Results[0]);
        for (var k = 1; k <= WarmupEdits; k++)
        {
            compilation = edit.Apply(compilation, k);
            driver = driver.RunGenerators(compilation);
        }

        return (cold, Summarize(driver.GetRunResult().Results[0]));
    }

    private static IReadOnlyList<StageTime> Summarize(GeneratorRunResult result)
        => result.TrackedSteps
            .Select(pair => new StageTime(
                pair.Key,
                pair.Value.Sum(step => step.ElapsedTime.TotalMilliseconds),
                pair.Value.Length,
                pair.Value.Sum(step => step.Outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)),
                pair.Value.Sum(step => step.Outputs.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))))
            .OrderByDescending(stage => stage.Ms)
            .ThenBy(stage => stage.Stage, StringComparer.Ordinal)
            .ToList();

    private GeneratorDriver CreateDriver(bool track, ISourceGenerator? instance = null)
        => CSharpGeneratorDriver.Create(
            [instance ?? generator],
            parseOptions: SyntheticCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static Timing Time(ref GeneratorDriver driver, Compilation compilation)
    {
        // Garbage from the previous iteration is collected outside the measured span so one run does not pay for another.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        stopwatch.Stop();
        var timing = driver.GetTimingInfo();
        var generatorMs = timing.GeneratorTimes.Sum(g => g.ElapsedTime.TotalMilliseconds);
        return new Timing(generatorMs, stopwatch.Elapsed.TotalMilliseconds);
    }
}
