using System.Globalization;
using System.IO;
using System.Linq;
using Strict.Shapes;

namespace Strict;

internal static class Program
{
    public static async Task<int> Main()
    {
        await File.WriteAllLinesAsync("readings.csv", ["a,1.5", "b,250", "a,2.5", "c,3"]).ConfigureAwait(false);

        var run = await Pipelines.Sensors.RunAsync(DataFile.From("readings.csv"), label: "north").ConfigureAwait(false);
        Console.WriteLine($"sensors: {run.Status}");
        if (run.Status != RunStatus.Succeeded)
        {
            Console.WriteLine($"error: {run.Error}");
            return 1;
        }

        Console.WriteLine($"nodes: {string.Join(",", Pipelines.Sensors.Definition.Nodes.Select(n => n.Name))}");
        Console.WriteLine($"described: {run.Output<string>("Describe")}");
        var index = run.Output<Index>("Índice");
        Console.WriteLine($"index: {string.Join(",", index.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value.Count))}");
        Console.WriteLine($"range: {run.Output<Span>("Group", "Range")}");
        var summary = run.Output<Summary>("Summarize");
        Console.WriteLine($"summary: {summary.Label} {summary.Batches[0].Outliers[0].Unit} {summary.Batches[0].Ids.Count}");

        var other = await Other.Sensors.RunAsync(größe: 5).ConfigureAwait(false);
        Console.WriteLine($"other: {other.Status} {other.Output<int>("Doppelt_2").ToString(CultureInfo.InvariantCulture)}");

        var chain = await Pipelines.Chain.RunAsync().ConfigureAwait(false);
        Console.WriteLine($"chain: {chain.Status} {Pipelines.Chain.Definition.Nodes.Count} {chain.Output<int>("S49").ToString(CultureInfo.InvariantCulture)}");
        return run.Status == RunStatus.Succeeded && other.Status == RunStatus.Succeeded && chain.Status == RunStatus.Succeeded ? 0 : 1;
    }
}
