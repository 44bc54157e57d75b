using System.Diagnostics;
using System.Globalization;
using RuntimeBench;
using Weft;

// Without arguments: runs every shape and size in a child process of its own (clean peak memory) and prints a table.
// With "<shape> <n> [inprocess|memory]": runs one case and prints one result line as JSON.
if (args.Length >= 2)
{
    return await Case.RunAsync(args[0], int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "inprocess");
}

var sizes = args.Length == 1 ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000, 100_000];
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

Console.WriteLine(Report.Markdown(results));
return 0;
