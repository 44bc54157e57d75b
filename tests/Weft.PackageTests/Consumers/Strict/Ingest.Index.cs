using Strict.Shapes;

namespace Strict.Steps
{
    internal static partial class Ingest
    {
        [Step(Name = "Índice")]
        public static async ValueTask<Index> IndexBySensor(Batch batch, Access access = Access.Read | Access.Write, int? limit = null)
        {
            await Task.Yield();
            var index = new Index();
            foreach (var reading in batch.Readings)
            {
                if (!index.TryGetValue(reading.Sensor + "/" + access, out var list))
                {
                    list = new List<Reading>();
                    index.Add(reading.Sensor + "/" + access, list);
                }

                if (limit is null || list.Count < limit)
                {
                    list.Add(reading);
                }
            }

            return index;
        }
    }
}
