using System.Globalization;
using Weft;

namespace NativeAotConsumer;

/// <summary>
/// Every kind of artifact a generated serializer or a materializer handles, passed from step to step, and a last step
/// that fails while the gate file says "closed": the native app must resume the run from the artifacts it stored.
/// </summary>
[Pipeline]
public static partial class Sensors
{
    static async Task Define(DataFile gate, int count = 3, Grade floor = Grade.Low, double scale = 1.5)
    {
        var batch = Measure(count, scale);
        var (summary, checksum) = await Summarize(batch, floor);
        var words = Describe(summary, checksum);
        Publish(words, batch, gate);
    }

    [Step]
    static Batch Measure(int count, double scale)
    {
        var readings = Enumerable.Range(1, count)
            .Select(i => new Reading("s" + i.ToString(CultureInfo.InvariantCulture), i * scale, i % 2 == 0 ? Grade.High : Grade.Low, i == 2 ? null : i * 10))
            .ToArray();
        return new Batch(readings, [1, 2, 3], new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }

    [Step]
    static async ValueTask<(Summary Summary, Checksum Checksum)> Summarize(Batch batch, Grade floor, CancellationToken ct = default)
    {
        await Task.Yield();
        ct.ThrowIfCancellationRequested();
        var kept = batch.Readings.Where(r => r.Grade >= floor).ToList();
        var summary = new Summary
        {
            Range = new Span { Min = kept.Min(r => r.Value), Max = kept.Max(r => r.Value) },
            Sensors = kept.Select(r => r.Sensor).ToList(),
            Means = kept.GroupBy(r => r.Grade.ToString()).ToDictionary(g => g.Key, g => g.Average(r => r.Value)),
            Worst = kept.Count == 0 ? null : kept.Min(r => r.Grade),
        };
        var checksum = (uint)batch.Raw.Sum(b => b) + (uint)kept.Count;
        return (summary, new Checksum(checksum));
    }

    [Step]
    static string[] Describe(Summary summary, Checksum checksum)
    {
        Step.LogMetric("sensors", summary.Sensors.Count);
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"range {summary.Range.Min}..{summary.Range.Max}"),
            "sensors " + string.Join(",", summary.Sensors),
            "means " + string.Join(",", summary.Means.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}"))),
            "worst " + (summary.Worst?.ToString() ?? "none"),
            "checksum " + checksum.Value.ToString(CultureInfo.InvariantCulture),
        ];
    }

    [Step]
    static string Publish(string[] words, Batch batch, DataFile gate)
    {
        using var reader = new StreamReader(gate.OpenRead());
        if (reader.ReadToEnd().Trim() == "closed")
        {
            throw new InvalidOperationException("the gate is closed");
        }

        return string.Join("; ", words) + string.Create(CultureInfo.InvariantCulture, $"; taken {batch.TakenAt:yyyy-MM-dd}; raw {batch.Raw.Length}");
    }
}
