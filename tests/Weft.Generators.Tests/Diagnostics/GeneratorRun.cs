using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>What one generator run over marked sources produced.</summary>
/// <param name="Sources">The sources with their markers stripped, in the order given.</param>
/// <param name="Output">The compilation with the generated sources added.</param>
/// <param name="Result">The driver's result (generated sources, exceptions).</param>
/// <param name="Diagnostics">Every diagnostic the generator reported, suppressed ones included.</param>
public sealed record GeneratorRun(
    IReadOnlyList<MarkedSource> Sources,
    Compilation Output,
    GeneratorDriverRunResult Result,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The WEFT diagnostics a build would show: reported and not suppressed.</summary>
    public IReadOnlyList<Diagnostic> Reported => Diagnostics.Where(d => !d.IsSuppressed && d.Id.StartsWith("WEFT", StringComparison.Ordinal)).ToList();

    /// <summary>Hint names of the generated sources, sorted.</summary>
    public IReadOnlyList<string> HintNames => Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName)
        .OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>Errors and warnings of the output compilation (user code and generated code).</summary>
    public IReadOnlyList<Diagnostic> CompilerProblems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).ToList();
}
