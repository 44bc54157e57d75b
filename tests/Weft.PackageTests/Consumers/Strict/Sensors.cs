using Strict.Shapes;
using Strict.Steps;

namespace Strict.Pipelines
{
    [Pipeline]
    internal static partial class Sensors
    {
        static async Task Define(DataFile readings, string label = null, Unit unit = Unit.Kelvin, Access access = Access.Read | Access.Execute, long since = default)
        {
            var all = Ingest.Read(readings, unit);
            var (kept, range) = await Ingest.Group(all, label);
            var index = await Ingest.IndexBySensor(kept);
            var summary = Summaries.Summarize(index, kept, range, access);
            var centre = Summaries.Centre(kept);
            var @text = Summaries.Describe(summary, centre);
            Summaries.Archive(@text);
        }
    }
}

namespace Strict.Other
{
    // The same class name in another namespace: pipelines are found by name, so this one is given its own.
    [Pipeline(Name = "OtherSensors")]
    internal static partial class Sensors
    {
        static void Define(int größe = 2)
        {
            var 結果 = Doppelt(größe);
            var @checked = Doppelt(結果);
        }

        [Step] static int Doppelt(int größe) => größe * 2;
    }
}
