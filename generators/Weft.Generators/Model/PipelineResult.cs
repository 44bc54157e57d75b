using Weft.Generators.Helpers;

namespace Weft.Generators.Model;

/// <summary>The parse of one pipeline: a spec when it can be emitted, and the diagnostics found on the way.</summary>
/// <remarks>Diagnostics travel separately from the spec so a moved line re-reports them without re-emitting code.</remarks>
internal sealed record PipelineResult(PipelineSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The pipeline's catalog name and where it is declared, for the assembly-wide duplicate-name check.</summary>
    public PipelineNameInfo? Name { get; init; }
}

/// <summary>A pipeline's catalog name, its class, and where to report a clash.</summary>
internal sealed record PipelineNameInfo(string Name, string TypeName, DiagnosticInfo Location);
