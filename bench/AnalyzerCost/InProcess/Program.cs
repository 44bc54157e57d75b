using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Weft.Analyzers;

// Times the Weft analyzers in process over the synthetic project's sources (no generator output, no SDK analyzers), so a
// change to an analyzer can be measured in seconds: usage: InProcess <project dir> [runs].
var directory = args.Length > 0 ? args[0] : throw new ArgumentException("usage: InProcess <project dir> [runs]");
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var options = new CSharpParseOptions(LanguageVersion.Latest);
var trees = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal)
    .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f))
    .ToList();
MetadataReference[] references =
[
    .. Net100.References.All,
    MetadataReference.CreateFromFile(typeof(Weft.StepAttribute).Assembly.Location),
    MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
];

for (var run = 0; run <= runs; run++)
{
    // A fresh compilation each run, as a rebuild has: symbols and bound bodies are not shared between runs.
    var compilation = CSharpCompilation.Create("Analyzed", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    if (errors.Count > 0)
    {
        Console.Error.WriteLine(errors[0]);
        return 1;
    }

    ImmutableArray<DiagnosticAnalyzer> analyzers = [new ReproducibilityAnalyzer(), new ContainerAnalyzer()];
    var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
    var clock = Stopwatch.StartNew();
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    var wall = clock.Elapsed.TotalMilliseconds;
    var parts = new List<string>();
    foreach (var analyzer in analyzers)
    {
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{analyzer.GetType().Name} {telemetry.ExecutionTime.TotalMilliseconds:F0} ms"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(run == 0 ? "warm-up" : "run " + run)}: {diagnostics.Length} diagnostics, wall {wall:F0} ms (binding included); {string.Join(", ", parts)}"));
}

return 0;
