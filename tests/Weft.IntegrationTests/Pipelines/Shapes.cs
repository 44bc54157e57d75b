using Weft;

namespace Weft.IntegrationTests.Pipelines;

public enum Scale
{
    Small = 1,
    Large = 10,
}

public sealed record Point(double X, double Y);

public sealed record Dataset(List<Point> Points, string Name)
{
    public int Count => Points.Count;
}

public sealed class Stats
{
    public double MeanX { get; init; }

    public double MeanY { get; set; }

    public int[] Histogram { get; init; } = [];
}

public struct Bounds
{
    public double Min { get; set; }

    public double Max { get; set; }
}
