namespace Weft;

/// <summary>
/// An orchestrator that runs each step attempt in a process (or pod) of its own through a <see cref="StepLauncher"/>, with
/// the engine of the <c>inprocess</c> orchestrator: the same scheduling, parallelism, caching, retries with backoff,
/// resume, records and artifact ids. The step processes touch only the store's files (see docs/concepts/step-contract.md);
/// this process owns the metadata database. Cached steps never launch a process.
/// </summary>
public sealed class StepLaunchExecutor : IPipelineExecutor
{
    private readonly StepAttemptRunner _runner;

    /// <summary>Creates an executor with the default retry backoff (50 ms after a first failed attempt, doubling).</summary>
    /// <param name="orchestrator">The orchestrator's name, recorded with each run (<c>process</c>, <c>kubernetes</c>).</param>
    /// <param name="launcher">Starts the step processes.</param>
    public StepLaunchExecutor(string orchestrator, StepLauncher launcher)
        : this(orchestrator, launcher, RetryBackoff.DefaultBaseDelay)
    {
    }

    /// <summary>Creates an executor with its own retry backoff.</summary>
    /// <param name="orchestrator">The orchestrator's name, recorded with each run.</param>
    /// <param name="launcher">Starts the step processes.</param>
    /// <param name="retryBaseDelay">The wait after a step's first failed attempt; it doubles on each further one, up to 10 seconds.</param>
    public StepLaunchExecutor(string orchestrator, StepLauncher launcher, TimeSpan retryBaseDelay)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestrator);
        ArgumentNullException.ThrowIfNull(launcher);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryBaseDelay, TimeSpan.Zero);
        Orchestrator = orchestrator;
        Launcher = launcher;
        RetryBaseDelay = retryBaseDelay;
        _runner = new LaunchedAttemptRunner(launcher);
    }

    /// <summary>The orchestrator's name, as runs record it.</summary>
    public string Orchestrator { get; }

    /// <summary>Starts the step processes.</summary>
    public StepLauncher Launcher { get; }

    /// <summary>The wait after a step's first failed attempt.</summary>
    public TimeSpan RetryBaseDelay { get; }

    /// <inheritdoc cref="InProcessExecutor.ExecuteAsync(ExecutionRequest, CancellationToken)"/>
    public Task<PipelineRun> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
        => RecordedRunStarter.Start(request, RetryBaseDelay, Orchestrator, _runner, cancellationToken);
}
