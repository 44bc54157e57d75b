using System.Globalization;

namespace ColdStartHarness;

/// <summary>The harness's command line (see README.md).</summary>
internal sealed class Options
{
    public string App { get; private set; } = "ColdStartApp";

    public List<Flavor> Flavors { get; } = [];

    public List<Case> Cases { get; } = [];

    /// <summary>The cases whose Native AOT median the budget applies to.</summary>
    public List<string> BudgetCases { get; } = [];

    public int Runs { get; private set; } = 50;

    public int Warmup { get; private set; } = 3;

    public string Scratch { get; private set; } = Path.Combine(Path.GetTempPath(), "weft-coldstart");

    /// <summary>Where the in-memory stores go: a tmpfs folder.</summary>
    public string MemoryScratch { get; private set; } = "/dev/shm/weft-coldstart";

    public Dictionary<string, long> ImageBytes { get; } = new(StringComparer.Ordinal);

    public double BudgetMilliseconds { get; private set; } = 20;

    public string? Output { get; private set; }

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option {name} needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--app":
                    options.App = value;
                    break;
                case "--flavor":
                    var (flavor, directory) = Pair(name, value);
                    options.Flavors.Add(new Flavor(flavor, Path.GetFullPath(directory), Path.Combine(Path.GetFullPath(directory), options.App)));
                    break;
                case "--case":
                    var (caseName, command) = Pair(name, value);
                    options.Cases.Add(new Case(caseName, command));
                    break;
                case "--budget-case":
                    options.BudgetCases.Add(value);
                    break;
                case "--runs":
                    options.Runs = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    options.Warmup = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--scratch":
                    options.Scratch = Path.GetFullPath(value);
                    break;
                case "--memory-scratch":
                    options.MemoryScratch = Path.GetFullPath(value);
                    break;
                case "--image":
                    var (image, bytes) = Pair(name, value);
                    options.ImageBytes[image] = long.Parse(bytes, CultureInfo.InvariantCulture);
                    break;
                case "--budget-ms":
                    options.BudgetMilliseconds = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    options.Output = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {name}.");
            }
        }

        if (options.Flavors.Count == 0)
        {
            throw new ArgumentException("Name at least one --flavor name=folder.");
        }

        if (options.Cases.Count == 0)
        {
            throw new ArgumentException("Name at least one --case name=\"command\".");
        }

        return options;
    }

    private static (string Name, string Value) Pair(string option, string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"{option} takes name=value, got '{text}'.");
        }

        return (text[..equals], text[(equals + 1)..]);
    }
}
