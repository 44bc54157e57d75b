using Microsoft.CodeAnalysis;

namespace Weft.Generators.Tests.Incremental;

/// <summary>One output of a tracked incremental stage: its value, why it has that value, and the values it was computed from.</summary>
/// <param name="Value">The output value.</param>
/// <param name="Reason">New, Modified (recomputed, different), Unchanged (recomputed, equal), Cached (not recomputed) or Removed.</param>
/// <param name="Inputs">Each input's stage name (null when the driver does not name it) and value.</param>
internal sealed record TrackedOutput(object Value, IncrementalStepRunReason Reason, IReadOnlyList<(string? Stage, object Value)> Inputs)
{
    public override string ToString() => $"{Reason}: {TrackedOutputs.Describe(Value)} from [{string.Join(", ", Inputs.Select(i => $"{i.Stage}: {TrackedOutputs.Describe(i.Value)}"))}]";
}
