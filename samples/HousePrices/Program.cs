using System.Globalization;
using HousePrices;
using Weft;

// Temporary entrypoint until Weft.Cli serves `run <pipeline>` through <WeftEntrypoint>true</WeftEntrypoint>:
// accepts the same `run Training [--param name=value]... [--seed N]`.
const string Usage = "usage: HousePrices run Training [--param name=value]... [--seed N]";
if (args.Length < 2 || args[0] != "run")
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (!PipelineCatalog.TryGet(args[1], out var definition))
{
    Console.Error.WriteLine($"Unknown pipeline '{args[1]}'. Known pipelines: {string.Join(", ", PipelineCatalog.Names)}.");
    return 2;
}

var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
long? seed = null;
for (var i = 2; i < args.Length; i++)
{
    if (i + 1 >= args.Length)
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    var value = args[++i];
    try
    {
        switch (args[i - 1])
        {
            case "--seed":
                seed = long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
                break;
            case "--param" when value.Split('=', 2) is [var name, var text]:
                var parameter = definition.Parameters.FirstOrDefault(p => p.Name == name);
                if (parameter is null)
                {
                    Console.Error.WriteLine($"Unknown parameter '{name}'. Parameters: {string.Join(", ", definition.Parameters.Select(p => p.Name))}.");
                    return 2;
                }

                arguments[name] = parameter.Parse(text);
                break;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine($"{args[i - 1]} {value}: {e.Message}");
        return 2;
    }
}

var progress = new ConsoleProgress();
var run = await PipelineRunner.RunAsync(definition, arguments, new RunOptions { Seed = seed, Progress = progress });
Console.WriteLine($"Pipeline {definition.Name}, run {run.RunId}: {run.Status} in {run.Duration.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
foreach (var step in run.Steps)
{
    var metrics = string.Join(", ", step.Metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key}={m.Value:F4}")));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Name,-9} {step.Status,-9} {step.Duration.TotalMilliseconds,8:F0} ms  {metrics}"));
}

if (run.Status != RunStatus.Succeeded)
{
    Console.Error.WriteLine(run.Error);
    return 1;
}

foreach (var prediction in run.Output<List<PricePrediction>>("Predict"))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {prediction.House,-48} formula {prediction.Expected,6:F1}k  model {prediction.Predicted,6:F1}k"));
}

return 0;
