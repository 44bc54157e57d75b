using Weft.Storage;

namespace Weft;

/// <summary>
/// The <c>inprocess</c> orchestrator: runs each step in this process as soon as its inputs exist, up to
/// <see cref="RunOptions.MaxParallelism"/> at once (retrying failed attempts with exponential backoff), and records
/// everything in the store: the run, each step run, each output as a content-addressed artifact, lineage, metrics and logs.
/// </summary>
/// <remarks>
/// A step whose cache key (step method, code fingerprint, input artifacts, parameter values with data files by content,
/// output schemas, cache version, seed) matches an earlier computation reuses its outputs instead of running, unless
/// <see cref="RunOptions.UseCache"/> is off or the step has <c>[Step(Cache = false)]</c>. Values computed in the run pass
/// between steps as objects; stored ones (cache hits, resumed steps) are read only when a step or
/// <see cref="PipelineRun.Output{T}(string)"/> needs them. A run killed at any point can be resumed
/// (<see cref="PipelineRunner.ResumeAsync(string, RunOptions?, CancellationToken)"/>).
/// </remarks>
public sealed class InProcessExecutor : IPipelineExecutor
{
    /// <summary>Creates an executor that waits 50 ms after a step's first failed attempt, doubling on each further one.</summary>
    public InProcessExecutor()
        : this(RetryBackoff.DefaultBaseDelay)
    {
    }

    /// <summary>Creates an executor with its own retry backoff.</summary>
    /// <param name="retryBaseDelay">The wait after a step's first failed attempt; it doubles on each further one, up to 10 seconds.</param>
    public InProcessExecutor(TimeSpan retryBaseDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryBaseDelay, TimeSpan.Zero);
        RetryBaseDelay = retryBaseDelay;
    }

    /// <summary>The executor behind the <c>inprocess</c> orchestrator.</summary>
    public static InProcessExecutor Default { get; } = new();

    /// <summary>The wait after a step's first failed attempt.</summary>
    public TimeSpan RetryBaseDelay { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">
    /// The arguments do not fit the parameters, a <see cref="DataFile"/> argument names a missing file, or the definition is
    /// invalid (the returned task fails with it when the check needs the store or the file system).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RunOptions.MaxParallelism"/> is less than 1.</exception>
    /// <exception cref="StoreException">The store is not usable, or a run to resume does not exist.</exception>
    /// <exception cref="InvalidOperationException">A run to resume already succeeded, is still running, or is of another pipeline.</exception>
    public Task<PipelineRun> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
        => RecordedRunStarter.Start(request, RetryBaseDelay, PipelineRunner.InProcess, InProcessAttemptRunner.Instance, cancellationToken);
}
