using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Logging;

namespace Weft.Analyzers.Tests;

/// <summary>Runs <see cref="ReproducibilityAnalyzer"/> over C# that references Weft, offline (no reference-pack download).</summary>
internal static class AnalyzerRun
{
    public static DiagnosticResult Expect(DiagnosticDescriptor rule, int markup, string step, string path, string culprit) =>
        new DiagnosticResult(rule).WithLocation(markup).WithArguments(step, path, culprit);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ReproducibilityAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("custom"),
        };
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(StepAttribute).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
