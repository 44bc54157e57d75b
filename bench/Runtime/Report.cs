using System.Globalization;
using System.Text;

namespace RuntimeBench;

/// <summary>The results as Markdown: the recording executor with the in-memory one alongside for scale, and the budgets.</summary>
internal static class Report
{
    private const double StepBudgetMicroseconds = 15;
    private const double CachedGridBudgetSeconds = 0.1;
    private const double MemoryBudgetMiB = 1024;

    public static string Markdown(IReadOnlyList<CaseResult> results, MachineInfo machine)
    {
        var text = new StringBuilder();
        text.AppendLine("# Runtime overhead: chain, fan and grid of trivial steps");
        text.AppendLine();
        text.AppendLine("Written by `bench/Runtime/run.sh`; do not edit by hand. Method and caveats: README.md.");
        text.AppendLine();
        text.AppendLine(Invariant($"- date: {machine.Date}; commit: {machine.Commit}"));
        text.AppendLine(Invariant($"- machine: {machine.Cores} cores ({machine.Cpu}), {machine.Memory}; {machine.Runtime}"));
        text.AppendLine(Invariant($"- load average (1, 5, 15 min) at start: {machine.LoadAtStart}; at end: {machine.LoadAtEnd}"));
        text.AppendLine();
        text.AppendLine("Recorded = the default `inprocess` orchestrator: every output serialized, hashed and stored, every step run, artifact and link");
        text.AppendLine("committed to SQLite before the run returns. First run on a fresh store; cached rerun = the identical run again on that store.");
        text.AppendLine("Times are medians of 5 repetitions (1 at N = 100,000); CPU is the whole process's, all threads.");
        text.AppendLine();
        text.AppendLine("| shape | N | steps | first run | µs/step | CPU µs/step | in memory µs/step | cached rerun | cache hits | managed B/step | peak MiB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var recorded in results.Where(r => r.Executor == "inprocess"))
        {
            var memory = results.FirstOrDefault(r => r.Executor == "memory" && r.Shape == recorded.Shape && r.N == recorded.N);
            text.AppendLine(Invariant(
                $"| {recorded.Shape} | {recorded.N:N0} | {recorded.Steps:N0} | {recorded.FirstSeconds:F3} s | {recorded.MicrosecondsPerStep:F1} | {recorded.CpuMicrosecondsPerStep:F1} | {(memory is null ? "-" : memory.MicrosecondsPerStep.ToString("F1", CultureInfo.InvariantCulture))} | {recorded.CachedSeconds:F3} s | {recorded.CachedSteps:N0} | {recorded.FirstAllocatedBytes / (double)recorded.Steps:F0} | {recorded.PeakMiB:F0} |"));
        }

        text.AppendLine();
        text.AppendLine("## Budgets");
        text.AppendLine();
        var tenK = results.Where(r => r.Executor == "inprocess" && r.N == 10_000).ToList();
        if (tenK.Count > 0)
        {
            var worst = tenK.Max(r => r.MicrosecondsPerStep);
            text.AppendLine(Invariant(
                $"- per-step overhead at N = 10,000, recorded, ≤ {StepBudgetMicroseconds} µs: {string.Join(", ", tenK.Select(r => $"{r.Shape} {r.MicrosecondsPerStep:F1} µs"))}: **{Verdict(worst <= StepBudgetMicroseconds)}**"));
        }

        if (tenK.FirstOrDefault(r => r.Shape == "grid") is { CachedSeconds: { } cached })
        {
            text.AppendLine(Invariant($"- fully cached rerun of the 10,000-step grid ≤ {CachedGridBudgetSeconds} s: {cached:F3} s: **{Verdict(cached <= CachedGridBudgetSeconds)}**"));
        }

        var hundredK = results.Where(r => r.N == 100_000).ToList();
        if (hundredK.Count > 0)
        {
            var peak = hundredK.Max(r => r.PeakMiB);
            text.AppendLine(Invariant($"- 100,000 steps within {MemoryBudgetMiB:F0} MiB peak memory: at most {peak:F0} MiB: **{Verdict(peak <= MemoryBudgetMiB)}**"));
        }

        return text.ToString();
    }

    private static string Verdict(bool within) => within ? "within budget" : "OVER budget";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
