using Weft;

namespace Weft.IntegrationTests.Pipelines;

/// <summary>Steps declared outside any pipeline class.</summary>
public static class SharedSteps
{
    public const int DefaultCount = 8;

    [Step]
    public static Dataset Make(int count, Scale scale = Scale.Small, string name = "points")
    {
        var points = new List<Point>(count);
        for (var i = 0; i < count; i++)
        {
            points.Add(new Point(i * (int)scale, Step.Random.NextDouble()));
        }

        return new Dataset(points, name);
    }

    [Step(Name = "Stats")]
    public static Stats ComputeStats(Dataset data, int buckets = 4)
    {
        var histogram = new int[buckets];
        foreach (var p in data.Points)
        {
            histogram[Math.Min(buckets - 1, (int)(p.Y * buckets))]++;
        }

        return new Stats { MeanX = data.Points.Average(p => p.X), MeanY = data.Points.Average(p => p.Y), Histogram = histogram };
    }

    [Step]
    public static Bounds Range(Dataset data) => new() { Min = data.Points.Min(p => p.X), Max = data.Points.Max(p => p.X) };
}
