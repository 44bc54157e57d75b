using Weft.Generators.Helpers;

namespace Weft.Generators.Model;

/// <summary>The parse of one pipeline: a spec when it can be emitted, and the diagnostics found on the way.</summary>
/// <remarks>Diagnostics travel separately from the spec so a moved line re-reports them without re-emitting code.</remarks>
internal sealed record PipelineResult(PipelineSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
