using System.Globalization;
using Weft;

namespace UserRun;

public enum ModelKind { Logistic, Stump }

public enum Metric { Accuracy, F1 }

public sealed record Customer(double Tenure, bool Churned);

public sealed record Dataset(List<Customer> Rows);

public sealed record Model(ModelKind Kind, double Threshold);

public sealed record Scores(double Accuracy, int Rows);

/// <summary>
/// A new user's first pipeline: optional settings as nullable value types (an enum among them), a named-tuple split, an
/// async step with retries, and a last step that fails while the gate file says "closed".
/// </summary>
[Pipeline]
public static partial class Churn
{
    static async Task Define(DataFile data, DataFile gate, ModelKind kind = ModelKind.Logistic, int? maxRows = null, Metric? metric = null,
        double testFraction = 0.25)
    {
        var table = Load(data, maxRows);
        var (train, test) = Split(table, testFraction);
        var model = await Fit(train, kind);
        var scores = Evaluate(model, test, metric);
        Publish(scores, gate);
    }

    [Step]
    static Dataset Load(DataFile file, int? maxRows)
    {
        var rows = File.ReadLines(file.Path).Skip(1)
            .Select(line => line.Split(','))
            .Select(cells => new Customer(double.Parse(cells[0], CultureInfo.InvariantCulture), cells[1] == "1"));
        return new Dataset([.. maxRows is int limit ? rows.Take(limit) : rows]);
    }

    [Step]
    static (Dataset Train, Dataset Test) Split(Dataset table, double testFraction)
    {
        var test = (int)Math.Round(table.Rows.Count * testFraction);
        return (new Dataset(table.Rows[..^test]), new Dataset(table.Rows[^test..]));
    }

    [Step(Retries = 1)]
    static async Task<Model> Fit(Dataset train, ModelKind kind, CancellationToken ct = default)
    {
        await Task.Yield();
        ct.ThrowIfCancellationRequested();
        return new Model(kind, train.Rows.Where(r => r.Churned).Select(r => r.Tenure).DefaultIfEmpty(0).Average());
    }

    [Step]
    static Scores Evaluate(Model model, Dataset test, Metric? metric)
    {
        var right = test.Rows.Count(r => r.Tenure <= model.Threshold == r.Churned);
        Step.LogMetric(metric?.ToString() ?? "accuracy", (double)right / test.Rows.Count);
        return new Scores((double)right / test.Rows.Count, test.Rows.Count);
    }

    [Step]
    static string Publish(Scores scores, DataFile gate)
        => File.ReadAllText(gate.Path).Trim() == "closed"
            ? throw new InvalidOperationException("the gate is closed")
            : string.Create(CultureInfo.InvariantCulture, $"accuracy {scores.Accuracy:F2} on {scores.Rows} rows");
}
