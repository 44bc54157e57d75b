using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Entrypoint;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Entrypoint;

/// <summary>
/// Compiles sources as a project would, with <c>build_property.WeftEntrypoint</c> as MSBuild would pass it, an output
/// kind, and optionally a reference to Weft.Cli, then runs the pipeline and entrypoint generators over it.
/// </summary>
public static class EntrypointHarness
{
    /// <summary>A stand-in Weft.Cli with the one member the generated Main calls, so the output compilation can be checked.</summary>
    private static readonly Lazy<MetadataReference> s_cli = new(() => CSharpCompilation.Create(
            "Weft.Cli",
            [CSharpSyntaxTree.ParseText("""
                namespace Weft.Cli;
                public static class WeftCommandLine
                {
                    public static System.Threading.Tasks.Task<int> RunAsync(string[] args) => System.Threading.Tasks.Task.FromResult(args.Length);
                }
                """, GeneratorHarness.ParseOptions)],
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
        .ToMetadataReference());

    public static CSharpCompilation Compile(OutputKind kind, bool referenceCli, params (string Path, string Text)[] sources)
        => CSharpCompilation.Create(
            "EntrypointApp",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions, path: s.Path)),
            referenceCli ? [.. GeneratorHarness.References, s_cli.Value] : GeneratorHarness.References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(string? property)
        => CSharpGeneratorDriver.Create(
            [new PipelineGenerator().AsSourceGenerator(), new EntrypointGenerator().AsSourceGenerator()],
            additionalTexts: [],
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: new GlobalOptionsProvider(property is null
                ? ImmutableDictionary<string, string>.Empty
                : ImmutableDictionary<string, string>.Empty.Add("build_property." + EntrypointGenerator.PropertyName, property)),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static EntrypointRun Run(string? property, OutputKind kind, bool referenceCli, params (string Path, string Text)[] sources)
    {
        var compilation = Compile(kind, referenceCli, sources);
        var driver = CreateDriver(property).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        var failures = result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()).ToList();
        Assert.True(failures.Count == 0, "A generator threw: " + string.Join(Environment.NewLine, failures));
        return new EntrypointRun(result, output, diagnostics);
    }

    /// <summary>An executable that references Weft.Cli and sets the property to <c>true</c>.</summary>
    public static EntrypointRun RunApp(params string[] sources)
        => Run("true", OutputKind.ConsoleApplication, referenceCli: true, sources.Select((s, i) => ($"Source{i}.cs", s)).ToArray());
}
