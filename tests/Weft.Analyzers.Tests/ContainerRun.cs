using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Weft.Analyzers.Tests;

/// <summary>Runs <see cref="ContainerAnalyzer"/> over C# that references Weft, offline.</summary>
internal static class ContainerRun
{
    public static DiagnosticResult Expect(DiagnosticDescriptor rule, int markup, params object[] arguments) =>
        new DiagnosticResult(rule).WithLocation(markup).WithArguments(arguments);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ContainerAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("custom"),
        };
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(StepAttribute).Assembly.Location));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
