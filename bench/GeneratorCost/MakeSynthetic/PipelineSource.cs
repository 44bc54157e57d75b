using System.Globalization;

namespace MakeSynthetic;

/// <summary>
/// One Weft pipeline of ten steps in the shape DESIGN §1 describes: a DataFile input, Define parameters with defaults,
/// constants (const, enum member, nameof), a named argument, an omitted optional argument, a tuple output, List outputs,
/// an awaited step with retries and resources, a helper method the steps share, and a void step.
/// </summary>
internal static class PipelineSource
{
    public const int StepsPerPipeline = 10;

    public static int TypesPerPipeline => RecordShapes.Names.Length;

    public static string Types(int i) => $$"""
        namespace Synthetic.Pipelines;

        {{RecordShapes.Declarations("", ProjectWriter.Index(i))}}
        """;

    // "var offset = 0;" in Clean and "long Count)" in Metrics are the spots DriverRerun edits.
    public static string Pipeline(int i)
    {
        var n = ProjectWriter.Index(i);
        var limit = (3.0 + i % 7 * 0.25).ToString("0.00", CultureInfo.InvariantCulture);
        var rows = (500 + i).ToString(CultureInfo.InvariantCulture);
        var iterations = (20 + i % 30).ToString(CultureInfo.InvariantCulture);
        var scale = (1 + i % 5).ToString(CultureInfo.InvariantCulture);
        return $$"""
            namespace Synthetic.Pipelines;

            [Pipeline]
            public static partial class Pipeline{{n}}
            {
                private const double OutlierLimit = {{limit}};
                private const string Target = "target{{n}}";

                static async Task Define(DataFile source, int rows = {{rows}}, double testFraction = 0.2, string label = "run{{n}}")
                {
                    var raw = Load(source, rows);
                    var clean = Clean(raw, OutlierLimit);
                    var features = Featurize(clean, Target, normalize: true);
                    var (train, test) = Split(features, testFraction);
                    var stats = Describe(train);
                    var model = await Fit(train, {{iterations}}, Mode{{n}}.Boosted);
                    var predictions = Predict(model, test);
                    var metrics = Evaluate(predictions, test);
                    var report = Summarize(metrics, stats, label, nameof(Pipeline{{n}}));
                    Publish(report, model);
                }

                [Step]
                static RawTable{{n}} Load(DataFile source, int rows)
                {
                    var random = Step.Random;
                    var list = new List<Row{{n}}>(rows);
                    for (var id = 0; id < rows; id++)
                    {
                        var features = new double[] { random.NextDouble(), random.NextDouble() * {{scale}}, id % 7 };
                        var key = source.Path + "#" + id.ToString(CultureInfo.InvariantCulture);
                        list.Add(new Row{{n}}(id, key, features.Sum() + random.NextDouble(), features, id % 3 == 0));
                    }

                    return new RawTable{{n}}(source.Path, list);
                }

                [Step]
                static CleanTable{{n}} Clean(RawTable{{n}} raw, double limit, bool dropFlagged = false)
                {
                    var offset = 0;
                    var kept = raw.Rows.Where(r => Math.Abs(r.Value) <= limit + offset && !(dropFlagged && r.Flag)).ToList();
                    return new CleanTable{{n}}(kept, raw.Rows.Count - kept.Count, limit);
                }

                [Step]
                static FeatureSet{{n}} Featurize(CleanTable{{n}} table, string target, bool normalize = false)
                {
                    var columns = new[] { "f0", "f1", "f2" };
                    var rows = table.Rows;
                    if (normalize && rows.Count > 0)
                    {
                        var max = Math.Max(1e-9, rows.Max(r => r.Features.Max()));
                        rows = rows.Select(r => r with { Features = r.Features.Select(f => f / max).ToArray() }).ToList();
                    }

                    return new FeatureSet{{n}}(target, columns, rows, normalize);
                }

                [Step]
                static (FeatureSet{{n}} Train, FeatureSet{{n}} Test) Split(FeatureSet{{n}} features, double testFraction)
                {
                    var random = Step.Random;
                    var shuffled = features.Rows.OrderBy(_ => random.Next()).ToList();
                    var testCount = (int)(shuffled.Count * testFraction);
                    return (features with { Rows = shuffled.Skip(testCount).ToList() }, features with { Rows = shuffled.Take(testCount).ToList() });
                }

                [Step]
                static List<ColumnStats{{n}}> Describe(FeatureSet{{n}} train)
                {
                    var stats = new List<ColumnStats{{n}}>();
                    for (var c = 0; c < train.Columns.Length; c++)
                    {
                        var column = c;
                        var values = train.Rows.Select(r => r.Features[column]).ToArray();
                        var mean = values.Length == 0 ? 0 : values.Average();
                        var spread = values.Length == 0 ? 0 : Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
                        stats.Add(new ColumnStats{{n}}(train.Columns[c], mean, spread, values.Length == 0 ? null : values.Min(), values.Length == 0 ? null : values.Max()));
                    }

                    return stats;
                }

                [Step(Retries = 2), Resources(Cpu = "2", Memory = "2Gi")]
                static async Task<Model{{n}}> Fit(FeatureSet{{n}} train, int iterations, Mode{{n}} mode, double learningRate = 0.05, CancellationToken ct = default)
                {
                    var weights = new double[train.Columns.Length];
                    var bias = 0.0;
                    var scale = 1.0 / Math.Max(1, train.Rows.Count);
                    for (var it = 0; it < iterations; it++)
                    {
                        ct.ThrowIfCancellationRequested();
                        foreach (var row in train.Rows)
                        {
                            var error = Dot(weights, row.Features) + bias - row.Value;
                            for (var w = 0; w < weights.Length; w++)
                            {
                                weights[w] -= learningRate * error * row.Features[w] * scale;
                            }

                            bias -= learningRate * error * scale;
                        }

                        await Task.Yield();
                    }

                    var importance = new Dictionary<string, double>();
                    for (var w = 0; w < weights.Length; w++)
                    {
                        importance[train.Columns[w]] = Math.Abs(weights[w]);
                    }

                    return new Model{{n}}(mode, iterations, weights, bias, importance);
                }

                [Step]
                static List<Prediction{{n}}> Predict(Model{{n}} model, FeatureSet{{n}} test)
                    => test.Rows.Select(r => new Prediction{{n}}(r.Id, r.Value, Dot(model.Weights, r.Features) + model.Bias)).ToList();

                [Step]
                static Metrics{{n}} Evaluate(List<Prediction{{n}}> predictions, FeatureSet{{n}} test)
                {
                    var count = Math.Max(1, predictions.Count);
                    var mean = predictions.Count == 0 ? 0 : predictions.Average(p => p.Expected);
                    var sse = predictions.Sum(p => (p.Expected - p.Predicted) * (p.Expected - p.Predicted));
                    var sst = predictions.Sum(p => (p.Expected - mean) * (p.Expected - mean));
                    var mae = predictions.Sum(p => Math.Abs(p.Expected - p.Predicted)) / count;
                    return new Metrics{{n}}(Math.Sqrt(sse / count), mae, sst == 0 ? 0 : 1 - sse / sst, test.Rows.Count);
                }

                [Step]
                static Report{{n}} Summarize(Metrics{{n}} metrics, List<ColumnStats{{n}}> columns, string label, string pipeline)
                {
                    var tags = new Dictionary<string, string> { ["pipeline"] = pipeline, ["label"] = label };
                    var title = pipeline + ": rmse " + metrics.Rmse.ToString("F3", CultureInfo.InvariantCulture);
                    return new Report{{n}}(title, label, metrics, columns, tags);
                }

                [Step(Cache = false)]
                static void Publish(Report{{n}} report, Model{{n}} model)
                {
                    Step.LogMetric("rmse", report.Metrics.Rmse);
                    Step.LogMetadata("model", model.Mode.ToString() + "/" + model.Iterations.ToString(CultureInfo.InvariantCulture));
                }

                static double Dot(double[] a, double[] b)
                {
                    var sum = 0.0;
                    for (var k = 0; k < a.Length; k++)
                    {
                        sum += a[k] * b[k];
                    }

                    return sum;
                }
            }

            """;
    }
}
