using Microsoft.Extensions.Logging;
using Weft;

namespace Weft.IntegrationTests.Pipelines;

/// <summary>A pipeline over a data file: its content, not its path, decides whether a rerun is cached.</summary>
[Pipeline]
public static partial class TableReport
{
    static void Define(DataFile table, string title = "rows")
    {
        var rows = Rows(table);
        var summary = Summarize(rows, title);
        Publish(summary);
    }

    [Step]
    static List<string[]> Rows(DataFile table)
    {
        var lines = File.ReadAllLines(table.Path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        Step.Logger.LogInformation("read {Count} rows from {File}", lines.Count, Path.GetFileName(table.Path));
        return lines;
    }

    [Step]
    static string Summarize(List<string[]> rows, string title)
    {
        Step.LogMetric("rows", rows.Count);
        return $"{title}: {rows.Count}";
    }

    [Step]
    static int Publish(string summary) => summary.Length;
}
