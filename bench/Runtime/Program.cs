using System.Globalization;
using RuntimeBench;

// bench/Runtime: the runtime's per-step overhead, cached reruns and peak memory (see README.md).
//   RuntimeBench [--sizes 1000,10000,100000] [--out RESULTS.md]   every shape and size, each in a child process of its own
//   RuntimeBench <shape> <n> [inprocess|memory]                    one case in this process; prints one JSON line
if (args.Length >= 2 && !args[0].StartsWith("--", StringComparison.Ordinal))
{
    return await Case.RunAsync(args[0], int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "inprocess");
}

int[] sizes = [1_000, 10_000, 100_000];
string? output = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--sizes":
            sizes = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
            break;
        case "--out":
            output = args[i + 1];
            break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}.");
            return 2;
    }
}

var machine = MachineInfo.Capture();
var results = new List<CaseResult>();
foreach (var executor in new[] { "inprocess", "memory" })
{
    foreach (var shape in new[] { "chain", "fan", "grid" })
    {
        foreach (var n in sizes)
        {
            var result = Child.Run(shape, n, executor);
            results.Add(result);
            Console.Error.WriteLine(result.ToLine());
        }
    }
}

var report = Report.Markdown(results, machine with { LoadAtEnd = MachineInfo.LoadAverage() });
if (output is null)
{
    Console.WriteLine(report);
}
else
{
    await File.WriteAllTextAsync(output, report);
    Console.Error.WriteLine($"Wrote {Path.GetFullPath(output)}.");
}

return 0;
