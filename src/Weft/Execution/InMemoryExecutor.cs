namespace Weft;

/// <summary>
/// Runs each step in this process as soon as its inputs exist, up to <see cref="RunOptions.MaxParallelism"/> at once,
/// retrying failed attempts with exponential backoff, and keeps nothing: no store, no cache, no records.
/// </summary>
/// <remarks>
/// Outputs pass between steps as the objects the steps returned: nothing is serialized, stored or cached, so
/// <see cref="RunOptions.UseCache"/> and <see cref="RunOptions.StorePath"/> have no effect and a run cannot be resumed.
/// Useful for tests of step logic; the <c>inprocess</c> orchestrator is <see cref="InProcessExecutor"/>, which records
/// everything. When a step fails, its transitive dependents are skipped and every step that does not depend on it still runs.
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

    /// <summary>A shared instance with the default backoff.</summary>
    public static InMemoryExecutor Default { get; } = new();

    /// <summary>The wait after a step's first failed attempt.</summary>
    public TimeSpan RetryBaseDelay { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The arguments do not fit the parameters, or the definition is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RunOptions.MaxParallelism"/> is less than 1.</exception>
    /// <exception cref="NotSupportedException">The request asks to resume a run: an in-memory run keeps nothing to resume from.</exception>
    public Task<PipelineRun> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        var (plan, maxParallelism) = ExecutionChecks.Validate(request);
        if (request.Resume)
        {
            throw new NotSupportedException($"Run {request.RunId} cannot be resumed in memory: an in-memory run records nothing. Resume it with the inprocess orchestrator.");
        }

        var parameters = PipelineArguments.Bind(plan, request.Arguments);
        var settings = new RunSettings
        {
            Plan = plan,
            RunId = request.RunId,
            Parameters = parameters,
            Options = request.Options,
            MaxParallelism = maxParallelism,
            RetryBaseDelay = RetryBaseDelay,
            Seed = request.Options.Seed ?? StepContext.DefaultRunSeed,
            LogicalTime = DateTimeOffset.UtcNow,
        };
        return new RunEngine(settings, cancellationToken).RunAsync();
    }
}
