using System.Globalization;
using Weft;

namespace Quickstart;

/// <summary>
/// A small pipeline: simulate readings, split them, fit a per-sensor baseline (an async step), score it on the held-out
/// readings and summarize. Every edge below is type-checked by the C# compiler; the generator turns it into a graph.
/// </summary>
[Pipeline]
public static partial class SensorReport
{
    static async Task Define(int readings = 400, double testFraction = 0.25)
    {
        var data = Simulate(readings);
        var (train, test) = Split(data, testFraction);
        var baseline = await Fit(train);
        var error = Evaluate(baseline, test);
        var summary = Summarize(data);
        Report(summary, error);
    }

    private static readonly string[] s_sensors = ["north", "south", "east", "west"];

    [Step]
    static List<Reading> Simulate(int count)
    {
        // Step.Random is seeded from the run seed and the step's name: reruns reproduce.
        var readings = new List<Reading>(count);
        for (var i = 0; i < count; i++)
        {
            var sensor = s_sensors[i % s_sensors.Length];
            var offset = (i % s_sensors.Length) * 2.5;
            readings.Add(new Reading(sensor, 20 + offset + (Step.Random.NextDouble() - 0.5) * 4));
        }

        return readings;
    }

    [Step]
    static (List<Reading> Train, List<Reading> Test) Split(List<Reading> data, double testFraction)
    {
        var shuffled = data.OrderBy(_ => Step.Random.Next()).ToList();
        var testCount = (int)Math.Round(shuffled.Count * testFraction);
        return (shuffled.Skip(testCount).ToList(), shuffled.Take(testCount).ToList());
    }

    [Step(Retries = 1)]
    static async Task<Dictionary<string, double>> Fit(List<Reading> train, CancellationToken ct = default)
    {
        await Task.Yield();
        ct.ThrowIfCancellationRequested();
        return train.GroupBy(r => r.Sensor).ToDictionary(g => g.Key, g => g.Average(r => r.Value));
    }

    [Step]
    static double Evaluate(Dictionary<string, double> baseline, List<Reading> test)
    {
        var error = test.Average(r => Math.Abs(r.Value - baseline[r.Sensor]));
        Step.LogMetric("mae", error);
        return error;
    }

    [Step]
    static Summary Summarize(List<Reading> data)
        => new(data.Count, data.Average(r => r.Value), data.Min(r => r.Value), data.Max(r => r.Value));

    [Step]
    static string Report(Summary summary, double error)
        => string.Create(CultureInfo.InvariantCulture, $"{summary.Count} readings, mean {summary.Mean:F2} (min {summary.Min:F2}, max {summary.Max:F2}); baseline MAE {error:F3}");
}
