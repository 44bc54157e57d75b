using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Weft.Generators.Entrypoint;

namespace Weft.Generators.Tests.Entrypoint;

/// <summary>What one run of the generators produced for an entrypoint test.</summary>
public sealed record EntrypointRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The generated entry point's text, or null when none was generated.</summary>
    public string? EntrypointSource => Result.Results
        .SelectMany(r => r.GeneratedSources)
        .Where(s => s.HintName == EntrypointGenerator.HintName)
        .Select(s => s.SourceText.ToString())
        .SingleOrDefault();

    public IReadOnlyList<Diagnostic> Weft => Diagnostics.Where(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal)).ToList();

    /// <summary>Errors of the compilation with the generated sources added.</summary>
    public IReadOnlyList<Diagnostic> CompilerErrors => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
}
