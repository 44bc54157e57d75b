using ColdStartHarness;

// bench/ColdStart: how long one step takes through the generated entrypoint, from spawn to exit, per published form.
//   ColdStartHarness --flavor NAME=DIR... --case NAME=COMMAND... [--runs 50] [--warmup 3] [--out RESULTS.md]
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
var stores = options.Flavors.ToDictionary(f => f.Name, f => FlavorStores.Create(f, options.Scratch, options.MemoryScratch), StringComparer.Ordinal);

var results = new List<CaseResult>();
foreach (var @case in options.Cases)
{
    Console.Error.WriteLine($"  {@case.Name}: {@case.Shown}");
    foreach (var flavor in options.Flavors)
    {
        // Untimed: the first starts fill the page cache with the app's files, as an image already pulled on a node would be.
        for (var i = 0; i < options.Warmup; i++)
        {
            Run(@case, flavor);
        }
    }

    var subjects = options.Flavors.Append(baseline).ToList();
    var samples = subjects.ToDictionary(f => f.Name, _ => new List<Sample>(options.Runs), StringComparer.Ordinal);
    for (var round = 0; round < options.Runs; round++)
    {
        // Round-robin, so that a burst of other work on the machine falls on every flavor alike.
        foreach (var flavor in subjects)
        {
            samples[flavor.Name].Add(Run(@case, flavor));
        }
    }

    results.Add(new CaseResult(@case, [.. subjects.Select(f => new FlavorTiming(f, Distribution.Of(samples[f.Name])))]));
}

var sizes = options.Flavors.Select(f => (f, FolderSize.Of(f.Directory))).ToList();
var report = Report.Markdown(options, results, sizes, machine, MachineInfo.LoadAverage());
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

Sample Run(Case @case, Flavor flavor)
    => flavor == baseline
        ? Spawner.Run(flavor.Executable, [], Path.GetTempPath())
        : Spawner.Run(flavor.Executable, @case.Arguments(stores[flavor.Name]), Path.Combine(options.Scratch, flavor.Name));
