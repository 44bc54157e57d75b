using System.Globalization;
using HousePrices;
using Weft;

// One fact per line, invariant formatting: the package tests compare these lines exactly.
PipelineRun run = await Training.RunAsync(DataFile.From("houses.csv"), trees: 300);
Console.WriteLine($"status: {run.Status}");
if (run.Status != RunStatus.Succeeded)
{
    Console.WriteLine($"error: {run.Error}");
    return 1;
}

Console.WriteLine($"nodes: {string.Join(",", Training.Definition.Nodes.Select(n => n.Name))}");
Console.WriteLine($"parameters: {string.Join(",", Training.Definition.Parameters.Select(Describe))}");
Console.WriteLine($"steps: {string.Join(",", run.Steps.Select(s => $"{s.Name}={s.Status}/{s.Attempts}"))}");

var train = run.Output<HouseTable>("Split", "Train");
var test = run.Output<HouseTable>("Split", "Test");
Console.WriteLine($"split: train={train.Rows.Length} test={test.Rows.Length} first-test-area={Invariant(test.Rows[0].Area)}");

var model = run.Output<PriceModel>("Fit");
Console.WriteLine(FormattableString.Invariant($"model: slope={model.Slope:F3} intercept={model.Intercept:F3} trees={model.Trees}"));

Metrics metrics = run.Output<Metrics>("Evaluate");
Console.WriteLine($"metrics: mae={Invariant(metrics.MeanAbsoluteError)} rows={metrics.Rows}");
Console.WriteLine($"logged: {string.Join(",", run.GetStep("Evaluate").Metrics.Select(m => $"{m.Key}={Invariant(m.Value)}"))}");
Console.WriteLine($"report: {run.Output<string>("Summarize")}");
return 0;

static string Describe(PipelineParameter p) => p.HasDefault ? $"{p.Name}={Invariant(p.DefaultValue)}" : p.Name;

static string Invariant(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
