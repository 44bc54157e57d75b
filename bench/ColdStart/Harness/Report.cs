using System.Globalization;
using System.Text;

namespace ColdStartHarness;

/// <summary>The results as Markdown: one row per flavor, sizes, and the Native AOT budget verdict.</summary>
internal static class Report
{
    public static string Markdown(Options options, IReadOnlyList<FlavorResult> results, MachineInfo machine, string loadAtEnd)
    {
        var text = new StringBuilder();
        text.AppendLine("# Cold start of one step through the generated entrypoint");
        text.AppendLine();
        text.AppendLine("Written by `bench/ColdStart/run.sh`; do not edit by hand. Method and caveats: README.md.");
        text.AppendLine();
        text.AppendLine(Invariant($"- date: {machine.Date}; commit: {machine.Commit}"));
        text.AppendLine(Invariant($"- machine: {machine.Cores} cores ({machine.Cpu}), {machine.Memory}; harness on {machine.Runtime}"));
        text.AppendLine(Invariant($"- load average (1, 5, 15 min) at start: {machine.Load}; at end: {loadAtEnd}"));
        var prepared = options.Prepare is null ? string.Empty : $" after `app {Shown(options.Prepare)}` (untimed)";
        text.AppendLine($"- command: `app {Shown(options.Command)}`{prepared}");
        text.AppendLine(Invariant($"- {results[0].Timing.Count} timed runs per flavor, round-robin across flavors, after {options.Warmup} untimed ones"));
        text.AppendLine();
        text.AppendLine("Wall = from just before the spawn to the reaped exit; CPU = the child's user + system time, all threads.");
        text.AppendLine();
        text.AppendLine("| flavor | what | median ms | p90 ms | min ms | max ms | CPU median ms |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var t = result.Timing;
            text.AppendLine(Invariant($"| {result.Flavor.Name} | {result.Flavor.Description} | {t.Median:F1} | {t.P90:F1} | {t.Min:F1} | {t.Max:F1} | {t.CpuMedian:F1} |"));
        }

        text.AppendLine();
        text.AppendLine("## Sizes");
        text.AppendLine();
        text.AppendLine("Payload = the published folder without debug symbols (`.dbg`, `.pdb`) and XML docs, i.e. what an image needs.");
        text.AppendLine("Image = `podman image inspect` size of `FROM <offline base>` + the payload (the base alone is listed as `base`).");
        text.AppendLine();
        text.AppendLine("| flavor | payload MiB | payload files | folder MiB | image MiB |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var result in results.Where(r => r.Size is not null))
        {
            var size = result.Size!;
            text.AppendLine(Invariant($"| {result.Flavor.Name} | {MiB(size.PayloadBytes)} | {size.PayloadFiles} | {MiB(size.TotalBytes)} | {Image(options, result.Flavor.Name)} |"));
        }

        if (options.ImageBytes.TryGetValue("base", out var baseBytes))
        {
            text.AppendLine(Invariant($"| base | - | - | - | {MiB(baseBytes)} |"));
        }

        text.AppendLine();
        text.AppendLine("## Budget");
        text.AppendLine();
        if (results.FirstOrDefault(r => r.Flavor.Name == "aot") is { } aot)
        {
            var within = aot.Timing.Median <= options.BudgetMilliseconds;
            text.AppendLine(Invariant(
                $"- one step with Native AOT ≤ {options.BudgetMilliseconds:F0} ms (median): {aot.Timing.Median:F1} ms (p90 {aot.Timing.P90:F1} ms): **{(within ? "within budget" : "over budget")}**"));
        }
        else
        {
            text.AppendLine("- no `aot` flavor was measured");
        }

        return text.ToString();
    }

    private static string Shown(string command) => command.Replace("{store}", "<store>", StringComparison.Ordinal);

    private static string Image(Options options, string flavor)
        => options.ImageBytes.TryGetValue(flavor, out var bytes) ? MiB(bytes) : "-";

    private static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
