namespace Weft;

/// <summary>
/// The <c>inprocess</c> orchestrator: runs each step in this process as soon as its inputs exist, up to
/// <see cref="RunOptions.MaxParallelism"/> at once, retrying failed attempts with exponential backoff.
/// </summary>
/// <remarks>
/// Outputs pass between steps as the objects the steps returned: nothing is serialized, stored or cached, so
/// <see cref="RunOptions.UseCache"/> and <see cref="RunOptions.StorePath"/> have no effect here. When a step fails, its
/// transitive dependents are skipped and every step that does not depend on it still runs.
/// </remarks>
public sealed class InMemoryExecutor : IPipelineExecutor
{
    /// <summary>Creates an executor that waits 50 ms after a step's first failed attempt, doubling on each further one.</summary>
    public InMemoryExecutor()
        : this(RetryBackoff.DefaultBaseDelay)
    {
    }

    /// <summary>Creates an executor with its own retry backoff.</summary>
    /// <param name="retryBaseDelay">The wait after a step's first failed attempt; it doubles on each further one, up to 10 seconds.</param>
    public InMemoryExecutor(TimeSpan retryBaseDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryBaseDelay, TimeSpan.Zero);
        RetryBaseDelay = retryBaseDelay;
    }

    /// <summary>The executor behind the <c>inprocess</c> orchestrator.</summary>
    public static InMemoryExecutor Default { get; } = new();

    /// <summary>The wait after a step's first failed attempt.</summary>
    public TimeSpan RetryBaseDelay { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The arguments do not fit the parameters, or the definition is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RunOptions.MaxParallelism"/> is less than 1.</exception>
    public Task<PipelineRun> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Definition, nameof(request.Definition));
        ArgumentNullException.ThrowIfNull(request.Options, nameof(request.Options));
        ArgumentException.ThrowIfNullOrEmpty(request.RunId, nameof(request.RunId));
        var plan = ExecutionPlan.For(request.Definition);
        var parameters = PipelineArguments.Bind(plan, request.Arguments);
        var maxParallelism = request.Options.MaxParallelism ?? Environment.ProcessorCount;
        if (maxParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(request), maxParallelism, "RunOptions.MaxParallelism must be at least 1.");
        }

        return new InMemoryRun(plan, request, parameters, maxParallelism, RetryBaseDelay, cancellationToken).RunAsync();
    }
}
