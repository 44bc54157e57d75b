using System.Globalization;
using Quickstart;
using Weft;

// Runs the SensorReport pipeline in process and prints what each step did and the final outputs. Results are stored in
// .weft/ under the working directory, so a second run reuses every step from the cache.
var readings = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
PipelineRun run = await SensorReport.RunAsync(readings: readings);

Console.WriteLine($"Pipeline {run.Definition.Name}, run {run.RunId}: {run.Status}");
foreach (var step in run.Steps)
{
    var error = step.Error is null ? string.Empty : $"  {step.Error}";
    var status = step.Cached ? "Cached" : step.Status.ToString();
    Console.WriteLine($"  {step.Name,-10} {status,-9} attempts={step.Attempts} {step.Duration.TotalMilliseconds,8:F1} ms{error}");
}

if (run.Status != RunStatus.Succeeded)
{
    Console.Error.WriteLine(run.Error);
    return 1;
}

var split = run.Output<List<Reading>>("Split", "Test");
Console.WriteLine($"Held-out readings: {split.Count}");
Console.WriteLine($"Baseline MAE: {run.Output<double>("Evaluate").ToString("F3", CultureInfo.InvariantCulture)}");
Console.WriteLine(run.Output<string>("Report"));
return 0;
