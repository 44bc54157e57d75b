using System.Globalization;
using System.IO;
using Strict.Shapes;

namespace Strict.Steps
{
    // One static partial class over two files, in a block namespace.
    internal static partial class Ingest
    {
        [Step]
        public static List<Reading> Read(DataFile file, Unit unit = Unit.Celsius)
        {
            var readings = new List<Reading>();
            foreach (var line in File.ReadAllLines(file.Path))
            {
                var parts = line.Split(',');
                readings.Add(new Reading(parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture), unit));
            }

            return readings;
        }

        [Step]
        public static async Task<(Batch Kept, Span Range)> Group(List<Reading> readings, string label = null, CancellationToken ct = default)
        {
            await Task.Delay(1, ct).ConfigureAwait(false);
            var kept = readings.FindAll(r => r.Value < 100);
            var outliers = readings.FindAll(r => r.Value >= 100).ToArray();
            return (new Batch(label ?? "unlabelled", kept, outliers, new List<int> { 1, 2, 3 }), new Span(0, readings.Count - 1));
        }
    }
}
