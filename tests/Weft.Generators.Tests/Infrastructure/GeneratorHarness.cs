using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Tests.Infrastructure;

/// <summary>Compiles test sources against .NET 10 and Weft, and runs the pipeline generator over them.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> s_references =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Weft.PipelineAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ];

    public static ImmutableArray<MetadataReference> References => s_references;

    /// <summary>A compilation of the given sources (file names Source0.cs, Source1.cs... unless given as name=>text).</summary>
    public static CSharpCompilation Compile(params string[] sources)
        => Compile(sources.Select((s, i) => ($"Source{i}.cs", s)).ToArray());

    public static CSharpCompilation Compile(params (string Path, string Text)[] sources)
        => CSharpCompilation.Create(
            "TestAssembly",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)),
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver with step tracking on, as the incremental-caching tests need.</summary>
    public static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new PipelineGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns its result plus the compilation with generated sources added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) Run(Compilation compilation)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Runs the generator over <paramref name="sources"/>; returns the WEFT diagnostics and all compiler diagnostics of the output.</summary>
    public static (ImmutableArray<Diagnostic> Weft, ImmutableArray<Diagnostic> Compiler, GeneratorDriverRunResult Result) RunSources(params string[] sources)
    {
        var (result, output, generatorDiagnostics) = Run(Compile(sources));
        return (generatorDiagnostics, output.GetDiagnostics(), result);
    }

    /// <summary>The generated source text for a hint name ending with <paramref name="hintNameSuffix"/>.</summary>
    public static string GeneratedSource(GeneratorDriverRunResult result, string hintNameSuffix)
        => result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith(hintNameSuffix, StringComparison.Ordinal)).SourceText.ToString();
}
