using System.Globalization;

namespace ColdStartHarness;

/// <summary>The harness's command line (see README.md); placeholders <c>{store}</c> in commands name each flavor's own store.</summary>
internal sealed class Options
{
    public string App { get; private set; } = "ColdStartApp";

    public List<Flavor> Flavors { get; } = [];

    public string? Prepare { get; private set; }

    public string Command { get; private set; } = "run Trivial --no-cache --store {store}";

    public int Runs { get; private set; } = 50;

    public int Warmup { get; private set; } = 3;

    public string Scratch { get; private set; } = Path.Combine(Path.GetTempPath(), "weft-coldstart");

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
                case "--prepare":
                    options.Prepare = value;
                    break;
                case "--command":
                    options.Command = value;
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

        return options;
    }

    /// <summary>A command's arguments for one flavor, with its store folder in place of <c>{store}</c>.</summary>
    public static string[] Arguments(string command, string store)
        => command.Replace("{store}", store, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);

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
