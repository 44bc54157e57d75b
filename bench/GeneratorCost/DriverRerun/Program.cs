using System.Globalization;
using DriverRerun;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

// Times the Weft pipeline generator and the System.Text.Json generator in an in-process CSharpGeneratorDriver over the
// synthetic project: a full run, and reruns after edits unrelated to each generator and edits to what it reads.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

DriverOptions options;
try
{
    options = DriverOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 64;
}

var jsonGeneratorPath = options.JsonGenerator ?? GeneratorLoader.FindJsonGenerator();
var baseline = SyntheticCompilation.Load(options.SourceDirectory, options.WeftAssembly);
var pipelineFiles = baseline.SyntaxTrees
    .Select(tree => tree.FilePath)
    .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "Pipelines" && !path.EndsWith(".Types.cs", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal)
    .ToList();
if (pipelineFiles.Count == 0)
{
    Console.Error.WriteLine($"no Pipelines/PipelineNNN.cs under {options.SourceDirectory}: run MakeSynthetic first");
    return 66;
}

// The middle pipeline: its edits touch neither the first nor the last file the generators see.
var pipeline = Path.GetFileNameWithoutExtension(pipelineFiles[pipelineFiles.Count / 2]);
var index = pipeline["Pipeline".Length..];
Console.WriteLine($"{baseline.SyntaxTrees.Count()} source files, {pipelineFiles.Count} pipelines; edits in {pipeline}; " +
    $"Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}; STJ generator {jsonGeneratorPath}");

var unrelated = new[] { SourceEdits.CommentInUnrelatedFile(), SourceEdits.NewUnrelatedClass() };
var stepBody = SourceEdits.StepBody($"Pipelines/{pipeline}.cs", pipeline);
var generators = new[]
{
    (Name: "Weft PipelineGenerator", Path: options.WeftGenerator, Type: options.WeftGeneratorType,
        OwnEdit: SourceEdits.RecordShape($"Pipelines/{pipeline}.Types.cs", $"Metrics{index}")),
    (Name: "STJ JsonSourceGenerator", Path: jsonGeneratorPath, Type: GeneratorLoader.JsonGeneratorType,
        OwnEdit: SourceEdits.RecordShape($"Json/Types{index}.cs", $"JMetrics{index}")),
};

if (options.FirstRunOnly is { } only)
{
    FirstRunProbe.Run(GeneratorLoader.Load(generators[only].Path, generators[only].Type), baseline);
    return 0;
}

if (options.OrderProbe is { } sequence)
{
    OrderProbe.Run(sequence, i => GeneratorLoader.Load(generators[i].Path, generators[i].Type), baseline);
    return 0;
}

if (options.ProfileRuns is { } profileRuns)
{
    // For a sampling profiler attached to this process: the Weft generator's full runs, nothing else, after a warm-up.
    ProfileLoop.Run(GeneratorLoader.Load(generators[0].Path, generators[0].Type), baseline, profileRuns);
    return 0;
}

var firstRuns = generators.Select((_, i) => FirstRunProbe.Measure(args, i)).ToList();
Console.WriteLine("attributing the first run (order probes)...");
var probes = OrderProbe.Sequences.SelectMany(sequence => OrderProbe.Measure(args, sequence, options.ProbeRounds)).ToList();
WarmupGenerator.Run();
var results = new List<GeneratorResult>();
for (var i = 0; i < generators.Length; i++)
{
    var (name, path, type, ownEdit) = generators[i];
    Console.WriteLine($"timing {name}...");
    var edits = new List<SourceEdit>(unrelated) { stepBody, ownEdit };
    var generator = GeneratorLoader.Load(path, type);
    var benchmark = new GeneratorBenchmark(name, generator, () => GeneratorLoader.LoadFresh(path, type), baseline, options);
    results.Add(benchmark.Run(edits, stepBody, firstRuns[i]));
}

var report = MarkdownReport.Format(results, options, baseline.SyntaxTrees.Count()) + MarkdownReport.FormatProbes(probes, options.ProbeRounds);
Console.WriteLine();
Console.WriteLine(report);
if (options.MarkdownPath is not null)
{
    File.WriteAllText(options.MarkdownPath, report);
}

var failed = false;
foreach (var result in results.Where(r => r.Errors.Count > 0))
{
    failed = true;
    Console.Error.WriteLine($"{result.Name} reported errors on the synthetic project:");
    result.Errors.ToList().ForEach(Console.Error.WriteLine);
}

if (options.VerifyCompilation)
{
    var driver = CSharpGeneratorDriver.Create(generators.Select(g => GeneratorLoader.Load(g.Path, g.Type)), parseOptions: SyntheticCompilation.ParseOptions);
    driver.RunGeneratorsAndUpdateCompilation(baseline.Clone(), out var output, out _);
    var compileErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    Console.WriteLine($"verify: the synthetic project plus both generators' output has {compileErrors.Count} compile errors");
    compileErrors.Take(10).ToList().ForEach(d => Console.Error.WriteLine(d.ToString()));
    failed |= compileErrors.Count > 0;
}

return failed ? 2 : 0;
