namespace Strict.Shapes;

// Artifact shapes a new user reaches for: records holding collections of records, an init-only class, a mutable struct,
// a record struct, enums with explicit and [Flags] values.
internal sealed record Reading(string Sensor, double Value, Unit Unit);

internal sealed record Batch(string Label, List<Reading> Readings, Reading[] Outliers, IReadOnlyList<int> Ids);

internal sealed class Summary
{
    public int Count { get; init; }

    public string Label { get; init; }

    public List<Batch> Batches { get; init; }

    public Access Access { get; init; }
}

internal struct Centroid
{
    public double X { get; set; }

    public double Y { get; set; }
}

internal readonly record struct Span(int First, long Last);

internal enum Unit
{
    None = 0,
    Celsius = 7,
    Kelvin = -3,
}

[Flags]
internal enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
}
