using System.Globalization;
using System.Text;

namespace RuntimeBench;

/// <summary>The results as a Markdown table: the recording executor, with the in-memory one alongside for scale.</summary>
internal static class Report
{
    public static string Markdown(IReadOnlyList<CaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| shape | N | steps | first run | µs/step (recorded) | µs/step (in memory) | cached rerun | cache hits | peak MiB (recorded) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var recorded in results.Where(r => r.Executor == "inprocess"))
        {
            var memory = results.FirstOrDefault(r => r.Executor == "memory" && r.Shape == recorded.Shape && r.N == recorded.N);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {recorded.Shape} | {recorded.N:N0} | {recorded.Steps:N0} | {recorded.FirstSeconds:F3} s | {recorded.MicrosecondsPerStep:F1} | {(memory is null ? "-" : memory.MicrosecondsPerStep.ToString("F1", CultureInfo.InvariantCulture))} | {recorded.CachedSeconds:F3} s | {recorded.CachedSteps:N0} | {recorded.PeakMiB:F0} |"));
        }

        return text.ToString();
    }
}
