using Weft.Storage;

namespace Weft;

/// <summary>
/// The seam between the engine, which schedules, caches, retries and records, and where one attempt of a step runs: in this
/// process (<see cref="InProcessAttemptRunner"/>) or in a process or pod of its own (<see cref="LaunchedAttemptRunner"/>).
/// </summary>
internal abstract class StepAttemptRunner
{
    /// <summary>Whether the step's arguments are values (<see cref="StepInputs.Values"/>) rather than object files.</summary>
    public abstract bool TakesValues { get; }

    /// <summary>Runs the attempt and stores its outputs.</summary>
    /// <returns>One slot per output, and the artifact rows to record when the run is recorded.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the run, or the step's time limit).</exception>
    /// <exception cref="Exception">The attempt failed; the engine records the exception as the step's error.</exception>
    public abstract ValueTask<(OutputSlot[] Slots, ArtifactRow[]? Rows)> RunAsync(StepAttempt attempt, CancellationToken cancellationToken);
}
