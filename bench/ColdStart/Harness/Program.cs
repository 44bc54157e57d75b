using ColdStartHarness;

// bench/ColdStart: how long one step takes through the generated entrypoint, from spawn to exit, per published form.
//   ColdStartHarness --flavor NAME=DIR... [--command ARGS] [--prepare ARGS] [--runs 50] [--warmup 3] [--out RESULTS.md]
Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var machine = MachineInfo.Capture();
var baseline = new Flavor("baseline", "/bin", "/bin/true");
var subjects = options.Flavors.Append(baseline).ToList();
var stores = new Dictionary<string, string>(StringComparer.Ordinal);
var empty = new Dictionary<string, string>(StringComparer.Ordinal);

foreach (var flavor in options.Flavors)
{
    var store = Path.Combine(options.Scratch, flavor.Name, "store");
    if (Directory.Exists(store))
    {
        Directory.Delete(store, recursive: true);
    }

    Directory.CreateDirectory(store);
    stores[flavor.Name] = store;
    if (options.Prepare is { } prepare)
    {
        Spawner.Run(flavor.Executable, Options.Arguments(prepare, store), Path.GetDirectoryName(store)!, empty);
    }

    // Untimed: the first starts fill the page cache with the app's files, as an image already pulled on a node would be.
    for (var i = 0; i < options.Warmup; i++)
    {
        Run(flavor);
    }
}

var samples = subjects.ToDictionary(f => f.Name, _ => new List<Sample>(options.Runs), StringComparer.Ordinal);
for (var round = 0; round < options.Runs; round++)
{
    // Round-robin, so that a burst of other work on the machine falls on every flavor alike.
    foreach (var flavor in subjects)
    {
        samples[flavor.Name].Add(Run(flavor));
    }

    if ((round + 1) % 10 == 0)
    {
        Console.Error.WriteLine($"  {round + 1}/{options.Runs} rounds");
    }
}

var results = subjects.Select(f => new FlavorResult(f, Distribution.Of(samples[f.Name]), f == baseline ? null : FolderSize.Of(f.Directory))).ToList();
var report = Report.Markdown(options, results, machine, MachineInfo.LoadAverage());
if (options.Output is null)
{
    Console.WriteLine(report);
}
else
{
    await File.WriteAllTextAsync(options.Output, report);
    Console.Error.WriteLine($"Wrote {Path.GetFullPath(options.Output)}.");
}

return 0;

Sample Run(Flavor flavor)
{
    if (flavor == baseline)
    {
        return Spawner.Run(flavor.Executable, [], Path.GetTempPath(), empty);
    }

    var store = stores[flavor.Name];
    return Spawner.Run(flavor.Executable, Options.Arguments(options.Command, store), Path.GetDirectoryName(store)!, empty);
}
