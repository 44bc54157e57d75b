namespace Weft;

/// <summary>
/// Runs a pipeline graph somewhere: in this process, one process per step, or one pod per step.
/// <see cref="PipelineRunner"/> picks the executor named by <see cref="RunOptions.Orchestrator"/>.
/// </summary>
/// <remarks>
/// Contract: a run whose step fails returns with <see cref="RunStatus.Failed"/>, and a cancelled run returns with
/// <see cref="RunStatus.Cancelled"/>; an executor throws only for programmer errors (invalid arguments or an invalid
/// definition), before any step runs.
/// </remarks>
public interface IPipelineExecutor
{
    /// <summary>Runs <see cref="ExecutionRequest.Definition"/> to completion, failure or cancellation.</summary>
    /// <param name="request">What to run and how.</param>
    /// <param name="cancellationToken">Cancels the run; running steps see it through <see cref="Step.CancellationToken"/>.</param>
    Task<PipelineRun> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Checks, before a run is recorded or anything about it is shown, that this executor can run
    /// <paramref name="definition"/> as <paramref name="options"/> say (an orchestrator that needs an image checks that every
    /// step has one). The default checks nothing; <see cref="ExecuteAsync"/> makes the same checks.
    /// </summary>
    /// <param name="definition">The pipeline about to run.</param>
    /// <param name="options">How it is about to run.</param>
    /// <exception cref="ArgumentException">It cannot run: the message says why and what to change.</exception>
    void CheckRunnable(PipelineDefinition definition, RunOptions options)
    {
    }
}
