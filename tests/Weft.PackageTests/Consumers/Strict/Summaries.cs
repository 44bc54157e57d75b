using Strict.Shapes;

namespace Strict.Steps;

internal static class Summaries
{
    [Step]
    public static Summary Summarize(Index index, Batch batch, Span range, Access access) => new()
    {
        Count = index.Count + (int)range.Last,
        Label = batch.Label,
        Batches = new List<Batch> { batch },
        Access = access,
    };

    [Step]
    public static Centroid Centre(Batch batch)
    {
        var sum = 0.0;
        foreach (var reading in batch.Readings)
        {
            sum += reading.Value;
        }

        return new Centroid { X = sum / batch.Readings.Count, Y = batch.Outliers.Length };
    }

    [Step]
    public static string Describe(Summary @class, Centroid @event) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{@class.Label}: {@class.Count} {@class.Access} x={@event.X:F2} y={@event.Y}");

    [Step]
    public static void Archive(string @string)
    {
    }
}
