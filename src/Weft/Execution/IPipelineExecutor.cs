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
}
