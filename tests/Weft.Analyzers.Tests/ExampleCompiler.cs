using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Weft.Analyzers.Tests;

/// <summary>Compiles one piece of code against Weft and returns the compiler's errors and the analyzer's diagnostics.</summary>
internal static class ExampleCompiler
{
    public static ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> Analyzers { get; } =
        [new ReproducibilityAnalyzer(), new ContainerAnalyzer()];

    public static (ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Reported) Run(string code)
    {
        var compilation = CSharpCompilation.Create(
            "Example",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "Example.cs")],
            [
                .. Net100.References.All,
                MetadataReference.CreateFromFile(typeof(StepAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        var reported = compilation.WithAnalyzers(Analyzers)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return (errors, reported);
    }
}
