using Weft;

namespace Weft.IntegrationTests.Pipelines;

/// <summary>Exercises the body grammar: tuples, awaits, steps elsewhere, constants, named/omitted arguments, a repeated step.</summary>
[Pipeline]
public static partial class Grammar
{
    private const string Label = "grammar";

    static async Task Define(int count = SharedSteps.DefaultCount, double factor = 2.5, Scale scale = Scale.Large)
    {
        var data = SharedSteps.Make(count, scale, name: Label);
        var (left, right) = Halve(data);
        var stats = SharedSteps.ComputeStats(left);
        var stats2 = SharedSteps.ComputeStats(data: right, buckets: 2);
        var scaled = await ScaleAsync(left, factor);
        var whole = Halve(data);
        var total = Add(Count(whole.Left), Count(scaled));
        var range = SharedSteps.Range(data);
        Describe(stats, stats2, range, total, nameof(Grammar), 3);
    }

    [Step]
    static (Dataset Left, Dataset Right) Halve(Dataset data)
    {
        var half = data.Points.Count / 2;
        return (data with { Points = data.Points.Take(half).ToList() }, data with { Points = data.Points.Skip(half).ToList() });
    }

    [Step]
    static async ValueTask<Dataset> ScaleAsync(Dataset data, double factor, CancellationToken ct = default)
    {
        await Task.Delay(1, ct);
        return data with { Points = data.Points.Select(p => p with { X = p.X * factor }).ToList() };
    }

    [Step]
    static int Count(Dataset data) => data.Count;

    // The body passes ints; the step takes longs: the invoker converts as the compiler did.
    [Step]
    static long Add(long a, long b) => a + b;

    [Step]
    static string Describe(Stats first, Stats second, Bounds range, long total, string name, int digits)
        => $"{name}: {first.Histogram.Sum()}+{second.Histogram.Sum()} points, x in [{range.Min}, {range.Max}], total {total}, digits {digits}";
}
