namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// A pipeline of the shape bench/GeneratorCost generates a hundred of: locals, a tuple deconstruction, an awaited step,
/// const fields, an enum member, nameof, named and omitted arguments. It must lower without a single fallback.
/// </summary>
public static class SyntheticShape
{
    public const int Calls = 10;

    public static readonly (string Path, string Text)[] Files =
    [
        ("Synthetic/Types.cs", """
            using System.Collections.Generic;

            namespace Synthetic.Pipelines;

            public enum Mode { Linear, Boosted, Forest }

            public sealed record Row(int Id, string Key, double Value, double[] Features, bool Flag);

            public sealed record RawTable(string Source, List<Row> Rows);

            public sealed record CleanTable(List<Row> Rows, int Dropped, double Limit);

            public sealed record FeatureSet(string Target, string[] Columns, List<Row> Rows, bool Normalized);

            public sealed record ColumnStats(string Column, double Mean, double? Min);

            public sealed record Model(Mode Mode, int Iterations, double[] Weights);

            public sealed record Prediction(int Id, double Expected, double Predicted);

            public sealed record Metrics(double Rmse, long Count);

            public sealed record Report(string Title, string Label, Metrics Metrics, List<ColumnStats> Columns);
            """),
        ("Synthetic/Pipeline.cs", """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Weft;

            namespace Synthetic.Pipelines;

            [Pipeline]
            public static partial class Pipeline000
            {
                private const double OutlierLimit = 3.00;
                private const string Target = "target000";

                static async Task Define(DataFile source, int rows = 500, double testFraction = 0.2, string label = "run000")
                {
                    var raw = Load(source, rows);
                    var clean = Clean(raw, OutlierLimit);
                    var features = Featurize(clean, Target, normalize: true);
                    var (train, test) = Split(features, testFraction);
                    var stats = Describe(train);
                    var model = await Fit(train, 20, Mode.Boosted);
                    var predictions = Predict(model, test);
                    var metrics = Evaluate(predictions, test);
                    var report = Summarize(metrics, stats, label, nameof(Pipeline000));
                    Publish(report, model);
                }

                [Step] static RawTable Load(DataFile source, int rows) => new(source.Path, new List<Row>(rows));

                [Step] static CleanTable Clean(RawTable raw, double limit, bool dropFlagged = false)
                    => new(raw.Rows.Where(r => r.Value <= limit && !(dropFlagged && r.Flag)).ToList(), 0, limit);

                [Step] static FeatureSet Featurize(CleanTable table, string target, bool normalize = false)
                    => new(target, ["f0"], table.Rows, normalize);

                [Step] static (FeatureSet Train, FeatureSet Test) Split(FeatureSet features, double testFraction)
                    => (features, features with { Rows = features.Rows.Take((int)(features.Rows.Count * testFraction)).ToList() });

                [Step] static List<ColumnStats> Describe(FeatureSet train) => [new(train.Target, 0, null)];

                [Step(Retries = 2), Resources(Cpu = "2", Memory = "2Gi")]
                static async Task<Model> Fit(FeatureSet train, int iterations, Mode mode, double learningRate = 0.05, CancellationToken ct = default)
                {
                    await Task.Delay(1, ct);
                    return new Model(mode, iterations, [learningRate, train.Rows.Count]);
                }

                [Step] static List<Prediction> Predict(Model model, FeatureSet test) => test.Rows.Select(r => new Prediction(r.Id, r.Value, model.Weights[0])).ToList();

                [Step] static Metrics Evaluate(List<Prediction> predictions, FeatureSet test) => new(predictions.Count, test.Rows.Count);

                [Step] static Report Summarize(Metrics metrics, List<ColumnStats> columns, string label, string pipeline) => new(pipeline, label, metrics, columns);

                [Step(Cache = false)]
                static void Publish(Report report, Model model) => Step.LogMetadata("model", model.Mode.ToString());
            }
            """),
    ];
}
