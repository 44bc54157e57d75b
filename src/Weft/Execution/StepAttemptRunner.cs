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

    /// <summary>
    /// Readies a recorded run's inputs for where its attempts run, once, before it is recorded and before any step starts
    /// (pods: the data files imported into the store). A failure stops the run before anything of it exists.
    /// </summary>
    public virtual Task PrepareRunAsync(PipelineDefinition definition, ParameterValues values, StoreLayout layout, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Runs the attempt and stores its outputs.</summary>
    /// <returns>One slot per output, and the artifact rows to record when the run is recorded.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the run, or the step's time limit).</exception>
    /// <exception cref="Exception">The attempt failed; the engine records the exception as the step's error.</exception>
    public abstract ValueTask<(OutputSlot[] Slots, ArtifactRow[]? Rows)> RunAsync(StepAttempt attempt, CancellationToken cancellationToken);
}
