using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Logging;
using Weft.Analyzers.CodeFixes;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Applies <see cref="ReproducibilityCodeFixProvider"/> one diagnostic at a time and through Fix All (document, project,
/// solution), and checks the fixed code compiles and matches.
/// </summary>
internal static class CodeFixRun
{
    public static Task VerifyAsync(string source, string fixedSource, DiagnosticResult[] expected, int remainingAfterFix = 0) =>
        VerifyAsync<ReproducibilityCodeFixProvider>(source, fixedSource, expected, remainingAfterFix);

    public static Task VerifyAsync<TCodeFix>(string source, string fixedSource, DiagnosticResult[] expected, int remainingAfterFix = 0)
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<ReproducibilityAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = new ReferenceAssemblies("custom"),
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Net100.References.All);
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(StepAttribute).Assembly.Location));
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        if (remainingAfterFix > 0)
        {
            // Diagnostics without a fix stay: the fixed state expects them as they were.
            test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
            test.FixedState.ExpectedDiagnostics.AddRange(expected[^remainingAfterFix..]);
        }

        return test.RunAsync();
    }
}
