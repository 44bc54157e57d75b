namespace Weft;

/// <summary>How running a node's attempts ended: its result and, when it succeeded, its output slots.</summary>
internal readonly record struct StepOutcome(StepRun Result, OutputSlot[]? Outputs);
