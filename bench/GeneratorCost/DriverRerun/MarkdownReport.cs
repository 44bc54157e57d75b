using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace DriverRerun;

/// <summary>The driver figures as Markdown for RESULTS.md.</summary>
internal static class MarkdownReport
{
    private const int StageRows = 12;

    public static string Format(IReadOnlyList<GeneratorResult> results, DriverOptions options, int sourceFiles)
    {
        var text = new StringBuilder();
        var roslyn = typeof(CSharpCompilation).Assembly.GetName().Version;
        text.AppendLine(CultureInfo.InvariantCulture, $"### In-process generator driver (Roslyn {roslyn}, {sourceFiles} files)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Generator time as the driver reports it (GeneratorDriverTimingInfo, what `-p:ReportAnalyzer=true` prints), wall time of " +
            $"`RunGenerators` in parentheses; reruns are medians of {options.Iterations} after 2 warm-up edits, each on the driver " +
            $"returned by the previous run. Full runs: median of {options.FullRuns} fresh drivers on fresh compilations (after 2 warm-up runs for the warm row).");
        text.AppendLine();
        text.Append("| Scenario |");
        foreach (var result in results)
        {
            text.Append(CultureInfo.InvariantCulture, $" {result.Name} ms |");
        }

        var budget = results.Count == 2;
        text.AppendLine(budget ? $" {results[0].Name.Split(' ')[0]} <= {results[1].Name.Split(' ')[0]}? |" : "");
        text.Append("| --- |");
        text.AppendLine(string.Concat(results.Select(_ => " ---: |")) + (budget ? " :---: |" : ""));
        Row(text, "first run in a new process (generator and Roslyn JIT-cold)", results.Select(r => r.FirstRun));
        JitRow(text, results.Select(r => r.FirstRun));
        Row(text, "full run, generator freshly loaded (new load context; Roslyn warm)", results.Select(r => r.FreshlyLoadedRun));
        Row(text, "full run, generator warm (fresh driver and compilation)", results.Select(r => r.FullRun));
        var edits = results[0].Reruns.Count;
        for (var i = 0; i < edits; i++)
        {
            var targets = string.Join(" / ", results.Select(r => r.Reruns[i].Edit.Target).Distinct());
            Row(text, $"rerun: {results[0].Reruns[i].Edit.Name} ({targets})", results.Select(r => r.Reruns[i].Median));
        }

        text.AppendLine();
        text.AppendLine("| Output | " + string.Join(" | ", results.Select(r => r.Name)) + " |");
        text.AppendLine("| --- |" + string.Concat(results.Select(_ => " ---: |")));
        text.AppendLine("| generated files | " + string.Join(" | ", results.Select(r => r.GeneratedFiles.ToString(CultureInfo.InvariantCulture))) + " |");
        text.AppendLine("| generated characters | " + string.Join(" | ", results.Select(r => r.GeneratedChars.ToString("N0", CultureInfo.InvariantCulture))) + " |");
        text.AppendLine("| error diagnostics | " + string.Join(" | ", results.Select(r => r.Errors.Count.ToString(CultureInfo.InvariantCulture))) + " |");

        foreach (var result in results)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"#### Stages of {result.Name} (tracked run: cold, then rerun after \"{result.StageEdit.Name}\" in {result.StageEdit.Target})");
            text.AppendLine();
            text.AppendLine("| Stage | cold ms | cold executions | rerun ms | rerun outputs: new or modified / cached or unchanged |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: |");
            var edit = result.EditStages.ToDictionary(s => s.Stage, StringComparer.Ordinal);
            foreach (var stage in result.ColdStages.Take(StageRows))
            {
                var after = edit.GetValueOrDefault(stage.Stage);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {stage.Stage} | {stage.Ms:F1} | {stage.Executions} | {(after is null ? "-" : after.Ms.ToString("F1", CultureInfo.InvariantCulture))} | " +
                    $"{(after is null ? "-" : $"{after.Recomputed} / {after.Reused}")} |");
            }

            if (result.ColdStages.Count > StageRows)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| ({result.ColdStages.Count - StageRows} smaller stages) | | | | |");
            }
        }

        return text.ToString();
    }

    /// <summary>The order probes: who pays the compilation's lazy initialization and the JIT of shared compiler code.</summary>
    public static string FormatProbes(IReadOnlyList<ProbeStep> probes, int rounds)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"#### Attribution of the JIT-cold first run (a fresh process per sequence, median of {rounds})");
        text.AppendLine();
        text.AppendLine("Each sequence runs in a new process on one compilation, each generator in a driver of its own (w = Weft, s = STJ, " +
            "p = prewarm: the compilation's global namespace over every reference, two well-known types and one tree's declaration diagnostics, " +
            "which the first generator asking for symbols otherwise pays). Thread CPU is the driver thread's CPU time, which moves less " +
            "with the machine's load than the generator time; JIT methods count every method compiled meanwhile (all threads).");
        text.AppendLine();
        text.AppendLine("| Sequence | Step | generator ms | thread CPU ms | JIT methods |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var probe in probes)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {probe.Sequence} | {probe.Name} | {(double.IsNaN(probe.GeneratorMs) ? "-" : probe.GeneratorMs.ToString("F1", CultureInfo.InvariantCulture))} | {probe.CpuMs:F1} | {probe.JitMethods:N0} |");
        }

        return text.ToString();
    }

    /// <summary>How much of the first run was JIT compilation: a cost that shrinks with less code run, not with less work.</summary>
    private static void JitRow(StringBuilder text, IEnumerable<Timing> firstRuns)
    {
        text.Append("| of which JIT compilation, ms (methods compiled) |");
        foreach (var timing in firstRuns)
        {
            text.Append(CultureInfo.InvariantCulture, $" {timing.JitMs:F1} ({timing.JitMethods:N0}) |");
        }

        text.AppendLine(" |");
    }

    private static void Row(StringBuilder text, string label, IEnumerable<Timing> timings)
    {
        var all = timings.ToList();
        text.Append(CultureInfo.InvariantCulture, $"| {label} |");
        foreach (var timing in all)
        {
            text.Append(CultureInfo.InvariantCulture, $" {timing.GeneratorMs:F1} ({timing.WallMs:F1}) |");
        }

        if (all.Count == 2)
        {
            text.Append(all[0].GeneratorMs <= all[1].GeneratorMs ? " yes |" : " **no** |");
        }

        text.AppendLine();
    }
}
