namespace NativeAotConsumer;

public enum Grade
{
    Low = 1,
    High = 10,
}

public sealed record Reading(string Sensor, double Value, Grade Grade, int? Quality);

public struct Span
{
    public double Min { get; set; }

    public double Max { get; set; }
}

public sealed class Summary
{
    public Span Range { get; init; }

    public List<string> Sensors { get; init; } = [];

    public Dictionary<string, double> Means { get; init; } = [];

    public Grade? Worst { get; init; }
}

public sealed record Batch(Reading[] Readings, byte[] Raw, DateTimeOffset TakenAt);
