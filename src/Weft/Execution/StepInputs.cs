namespace Weft;

/// <summary>A node's arguments for its attempts, in the form its <see cref="StepAttemptRunner"/> takes them.</summary>
/// <param name="Values">One value per step input, for a step that runs in this process.</param>
/// <param name="Files">The artifact inputs as object files, for a step that runs in a process of its own.</param>
/// <param name="Repaired">Whether a damaged input was computed again while gathering them (the cache key then changes).</param>
internal readonly record struct StepInputs(object?[]? Values, StepTaskInput[]? Files, bool Repaired);
