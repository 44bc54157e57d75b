using Microsoft.CodeAnalysis;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// One generator run over user code written to trip the syntax fast paths. Every run of this project cross-checks each
/// answer read from syntax against binding (<see cref="FastPath.CrossCheckEverywhere"/>) and reports a difference as
/// WEFT0000, so a run that reports none and whose output compiles agrees with binding.
/// </summary>
internal sealed record AdversarialRun(IReadOnlyDictionary<string, string> Sources, IReadOnlyList<Diagnostic> Weft, IReadOnlyList<Diagnostic> Errors)
{
    public static AdversarialRun Of(params (string Path, string Text)[] files)
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Compile(files));
        var run = result.Results.Single();
        Assert.True(run.Exception is null, "The generator threw: " + run.Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id == "WEFT0000");
        var sources = run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return new AdversarialRun(sources, diagnostics, errors);
    }

    /// <summary>Runs and asserts the user code and what was generated for it compile, with no Weft diagnostic.</summary>
    public static AdversarialRun Clean(params (string Path, string Text)[] files)
    {
        var run = Of(files);
        Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));
        Assert.True(run.Weft.Count == 0, string.Join("\n", run.Weft));
        Assert.NotEmpty(run.Sources);
        return run;
    }

    public string Pipeline(string hintSuffix) => Sources.Single(s => s.Key.EndsWith(hintSuffix, StringComparison.Ordinal)).Value;
}
