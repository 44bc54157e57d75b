using System.Globalization;
using System.Text;

namespace ColdStartHarness;

/// <summary>The results as Markdown: one table per command, sizes, and the Native AOT budget verdict.</summary>
internal static class Report
{
    public static string Markdown(Options options, IReadOnlyList<CaseResult> results, IReadOnlyList<(Flavor Flavor, FolderSize Size)> sizes,
        MachineInfo machine, string loadAtEnd)
    {
        var text = new StringBuilder();
        text.AppendLine("# Cold start of one step through the generated entrypoint");
        text.AppendLine();
        text.AppendLine("Written by `bench/ColdStart/run.sh`; do not edit by hand. Method and caveats: README.md.");
        text.AppendLine();
        text.AppendLine(Invariant($"- date: {machine.Date}; commit: {machine.Commit}"));
        text.AppendLine(Invariant($"- machine: {machine.Cores} cores ({machine.Cpu}), {machine.Memory}; harness on {machine.Runtime}"));
        text.AppendLine(Invariant($"- load average (1, 5, 15 min) at start: {machine.Load}; at end: {loadAtEnd}"));
        text.AppendLine(Invariant($"- nice value of the measured processes: {ChildUsage.Niceness()} (run.sh raises their priority when it can, so that other work on the machine delays them less)"));
        text.AppendLine(Invariant($"- {options.Runs} timed starts per flavor and command, round-robin across flavors, after {options.Warmup} untimed ones"));
        text.AppendLine();
        text.AppendLine("Wall = from just before the spawn to the reaped exit; CPU = the child's user + system time, all threads.");
        text.AppendLine("Flavors: " + string.Join("; ", results[0].Timings.Select(t => $"`{t.Flavor.Name}` {t.Flavor.Description}")) + ".");

        foreach (var result in results)
        {
            text.AppendLine();
            text.AppendLine($"## `{result.Case.Name}`: `{result.Case.Shown}`");
            text.AppendLine();
            text.AppendLine("| flavor | median ms | p90 ms | min ms | max ms | CPU median ms |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var timing in result.Timings)
            {
                var t = timing.Timing;
                text.AppendLine(Invariant($"| {timing.Flavor.Name} | {t.Median:F1} | {t.P90:F1} | {t.Min:F1} | {t.Max:F1} | {t.CpuMedian:F1} |"));
            }
        }

        text.AppendLine();
        text.AppendLine("## Sizes");
        text.AppendLine();
        text.AppendLine("Payload = the published folder without debug symbols (`.dbg`, `.pdb`) and XML docs, i.e. what an image needs.");
        text.AppendLine("Image = `podman image inspect` size of the offline base image plus the payload (`base` alone in the last row).");
        text.AppendLine();
        text.AppendLine("| flavor | payload MiB | payload files | folder MiB | image MiB |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (flavor, size) in sizes)
        {
            text.AppendLine(Invariant($"| {flavor.Name} | {MiB(size.PayloadBytes)} | {size.PayloadFiles} | {MiB(size.TotalBytes)} | {Image(options, flavor.Name)} |"));
        }

        if (options.ImageBytes.ContainsKey("base"))
        {
            text.AppendLine(Invariant($"| base | - | - | - | {Image(options, "base")} |"));
        }

        text.AppendLine();
        text.AppendLine("## Budget");
        text.AppendLine();
        foreach (var budgetCase in options.BudgetCases)
        {
            var aot = results.FirstOrDefault(r => r.Case.Name == budgetCase)?.Timings.FirstOrDefault(t => t.Flavor.Name == "aot");
            if (aot is null)
            {
                text.AppendLine(Invariant($"- no `aot` flavor was measured for `{budgetCase}`"));
                continue;
            }

            var within = aot.Timing.Median <= options.BudgetMilliseconds;
            text.AppendLine(Invariant(
                $"- `{budgetCase}` with Native AOT ≤ {options.BudgetMilliseconds:F0} ms (median): {aot.Timing.Median:F1} ms (p90 {aot.Timing.P90:F1} ms, min {aot.Timing.Min:F1} ms, CPU {aot.Timing.CpuMedian:F1} ms): **{(within ? "within budget" : "over budget")}**"));
        }

        return text.ToString();
    }

    private static string Image(Options options, string flavor)
        => options.ImageBytes.TryGetValue(flavor, out var bytes) ? MiB(bytes) : "-";

    private static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
