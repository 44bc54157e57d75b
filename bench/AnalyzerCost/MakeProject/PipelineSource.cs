using System.Globalization;
using System.Text;

namespace MakeProject;

/// <summary>
/// One pipeline: a <c>Define</c> that chains its steps, steps whose bodies do what ML preprocessing does (LINQ, loops,
/// statistics, formatting, an occasional parallel loop) through helpers two or three calls deep, a few seeded
/// violations, and a class of tools that no step calls.
/// </summary>
internal sealed class PipelineSource(int pipeline, int steps)
{
    private const string Digest = "sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945";

    private readonly string _n = ProjectWriter.Index(pipeline);

    /// <summary>How many diagnostics the sources of this pipeline should produce.</summary>
    public int Violations { get; private set; }

    public string Pipeline()
    {
        var image = pipeline % 10 == 0 ? "ghcr.io/acme/trainer:1.4" : "ghcr.io/acme/trainer:1.4@" + Digest;
        if (pipeline % 10 == 0)
        {
            Violations++;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            namespace Analyzed.Pipelines;

            public sealed record Batch{{_n}}(string Name, double[] Values, List<string> Tags, Dictionary<string, double> Stats);

            [Pipeline, Image("{{image}}")]{{(pipeline % 4 == 0 ? "\n[Schedule(\"0 3 * * *\")]" : "")}}
            public static partial class Pipeline{{_n}}
            {
                static void Define(DataFile source, int rows = {{200 + pipeline}})
                {
                    var b01 = S01(source, rows);

            """);
        for (var k = 2; k <= steps; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"        var b{k:D2} = S{k:D2}(b{k - 1:D2}, {k % 5 + 1});\n");
        }

        text.Append("""
                }

                [Step]
                static Batch
            """).Append(_n).Append("""
             S01(DataFile source, int rows)
                {
                    var random = Step.Random;
                    var values = new double[rows];
                    for (var i = 0; i < rows; i++)
                    {
                        values[i] = random.NextDouble() * 10 - 5;
                    }

                    return new(Common.Slug(source.Path), values, new List<string> { "raw" }, Helpers
            """).Append(_n).Append(".Describe(values));\n    }\n");
        for (var k = 2; k <= steps; k++)
        {
            text.Append('\n').Append(Step(k));
        }

        text.Append("}\n");
        return text.ToString();
    }

    private string Step(int k)
    {
        var global = pipeline * steps + k;
        var name = $"S{k:D2}";
        var attributes = k % 7 == 0 ? "[Step(Retries = 1), Resources(Cpu = \"500m\", Memory = \"512Mi\")]" : "[Step]";
        var violation = (global % 50) switch
        {
            7 => "        var stamp = Helpers" + _n + ".Stamp(input.Name);\n        tags.Add(stamp);\n",
            19 => "        tags.Add(Guid.NewGuid().ToString(\"N\"));\n",
            31 => "        stats[\"key\"] = input.Name.GetHashCode();\n",
            43 => "        values = values.AsParallel().Select(v => v * 1.5).ToArray();\n",
            3 when global % 100 == 3 => "        stats[\"cores\"] = Helpers" + _n + ".Width();\n",
            _ => "",
        };
        if (violation.Length > 0)
        {
            Violations++;
        }

        var body = (k % 6) switch
        {
            0 => """
                        values = Helpers{n}.Scale(values, factor);
                        stats["mean"] = Common.Mean(values);
                """,
            1 => """
                        values = Helpers{n}.Rolling(values, factor + 1);
                        foreach (var (key, value) in Helpers{n}.Describe(values))
                        {
                            stats[key] = value;
                        }
                """,
            2 => """
                        var scaled = new double[values.Length];
                        Parallel.For(0, values.Length, i => scaled[i] = Common.Clamp(values[i] * factor, 100));
                        values = scaled;
                """,
            3 => """
                        var buckets = Helpers{n}.Bucketize(values, factor + 2);
                        foreach (var pair in buckets.OrderBy(p => p.Key))
                        {
                            tags.Add(pair.Key.ToString(CultureInfo.InvariantCulture) + ":" + pair.Value.ToString(CultureInfo.InvariantCulture));
                        }
                """,
            4 => """
                        values = values.AsParallel().AsOrdered().Select(v => Math.Tanh(v / factor)).ToArray();
                        tags.Add(Helpers{n}.Label(input.Name, factor));
                """,
            _ => """
                        var ranked = values.Select((v, i) => (Value: v, Index: i)).OrderByDescending(t => t.Value).ThenBy(t => t.Index).Take(5).ToList();
                        stats["top"] = ranked.Count == 0 ? 0 : ranked[0].Value;
                        tags.Add(string.Join(",", ranked.Select(t => Common.Format(t.Value))));
                """,
        };
        return $$"""
                {{attributes}}
                static Batch{{_n}} {{name}}(Batch{{_n}} input, int factor)
                {
                    var values = input.Values.ToArray();
                    var tags = new List<string>(input.Tags);
                    var stats = new Dictionary<string, double>(input.Stats);
            {{body.Replace("{n}", _n, StringComparison.Ordinal)}}
            {{violation}}        tags.Add("{{name}}");
                    return input with { Values = values, Tags = tags, Stats = stats };
                }

            """;
    }

    public string Helpers() => $$"""
        namespace Analyzed.Pipelines;

        internal static class Helpers{{_n}}
        {
            public static double[] Scale(double[] values, int factor)
            {
                var limit = Common.StdDev(values) * 3 + 1;
                return values.Select(v => Common.Clamp(v * factor, limit)).ToArray();
            }

            public static double[] Rolling(double[] values, int window)
            {
                var result = new double[values.Length];
                var sum = 0.0;
                for (var i = 0; i < values.Length; i++)
                {
                    sum += values[i];
                    if (i >= window)
                    {
                        sum -= values[i - window];
                    }

                    result[i] = sum / Math.Min(i + 1, window);
                }

                return result;
            }

            public static Dictionary<string, double> Describe(double[] values) => new()
            {
                ["mean"] = Common.Mean(values),
                ["std"] = Common.StdDev(values),
                ["min"] = values.Length == 0 ? 0 : values.Min(),
                ["max"] = values.Length == 0 ? 0 : values.Max(),
            };

            public static SortedDictionary<int, int> Bucketize(double[] values, int buckets)
            {
                var counts = new SortedDictionary<int, int>();
                foreach (var v in values)
                {
                    var bucket = (int)Math.Floor(Common.Bound(v, -10, 10) * buckets / 10);
                    counts[bucket] = counts.TryGetValue(bucket, out var c) ? c + 1 : 1;
                }

                return counts;
            }

            public static string Label(string name, int factor) =>
                Common.Slug(name) + "-" + factor.ToString(CultureInfo.InvariantCulture) + "-{{_n}}";

            public static string Stamp(string name) => Label(name, 0) + "@" + Common.StampTicks().ToString(CultureInfo.InvariantCulture);

            public static int Width() => Common.Cores() * 2;
        }

        // Code no step reaches: a console's helpers may read the clock and the machine.
        internal static class Tools{{_n}}
        {
            public static string Banner() => "pipeline {{_n}} at " + DateTime.Now.ToString("O", CultureInfo.InvariantCulture) + " on " + Environment.MachineName;

            public static int Shard(string key) => key.GetHashCode() % 16;

            public static double[] Noise(int n)
            {
                var random = new Random();
                var bag = new ConcurrentBag<double>();
                Parallel.For(0, n, _ => bag.Add(random.NextDouble()));
                return bag.ToArray();
            }

            public static string Describe(double[] values) => string.Join(" ", Helpers{{_n}}.Describe(values).Select(p => p.Key + "=" + Common.Format(p.Value)));
        }

        """;
}
