using System.Collections.Concurrent;
using Weft.Storage;

namespace Weft;

/// <summary>
/// Runs and resumes pipeline definitions: the entry point of generated <c>RunAsync</c> methods and of the command line.
/// Picks the executor named by <see cref="RunOptions.Orchestrator"/>.
/// </summary>
public static class PipelineRunner
{
    /// <summary>The name of the default orchestrator, which runs every step in this process and records the run in the store.</summary>
    public const string InProcess = "inprocess";

    /// <summary>
    /// The name of the orchestrator that runs each step in its own OS process: this program again, as
    /// <c>step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;dir&gt;</c> (the container contract without containers).
    /// </summary>
    public const string Process = "process";

    private static readonly ConcurrentDictionary<string, IPipelineExecutor> s_executors = new(StringComparer.OrdinalIgnoreCase)
    {
        [InProcess] = InProcessExecutor.Default,
        [Process] = new StepLaunchExecutor(Process, new ProcessStepLauncher()),
    };

    /// <summary>The names of the registered orchestrators, sorted.</summary>
    public static IReadOnlyList<string> Orchestrators => [.. s_executors.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Runs <paramref name="definition"/>. A step failure gives a run with <see cref="RunStatus.Failed"/> and cancellation one
    /// with <see cref="RunStatus.Cancelled"/>; neither throws.
    /// </summary>
    /// <param name="definition">The pipeline graph (generated <c>MyPipeline.Definition</c>).</param>
    /// <param name="arguments">One boxed value per pipeline parameter; a parameter with a default may be left out.</param>
    /// <param name="options">Run options; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="ArgumentException">An argument is missing, unknown or null where the type forbids it (the message names the parameter), or the definition is invalid.</exception>
    /// <exception cref="NotSupportedException"><see cref="RunOptions.Orchestrator"/> names no registered orchestrator.</exception>
    public static Task<PipelineRun> RunAsync(PipelineDefinition definition, IReadOnlyDictionary<string, object?> arguments, RunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(arguments);
        options ??= new RunOptions();
        var executor = GetExecutor(options.Orchestrator);
        return executor.ExecuteAsync(new ExecutionRequest(definition, arguments, options), cancellationToken);
    }

    /// <summary>
    /// Resumes a recorded run that failed, was cancelled, or was killed (still recorded as running, its process gone): the
    /// same run id, parameters, seed and logical time (<see cref="Step.Now"/>); nodes that completed with their current
    /// code are not run again, and the rest run as in a new run (cache included). The pipeline is found by the name the
    /// run recorded, in <see cref="PipelineCatalog"/>.
    /// </summary>
    /// <param name="runId">The run's id, or a prefix of it that only one run has.</param>
    /// <param name="options">
    /// <see cref="RunOptions.StorePath"/> names the store; <see cref="RunOptions.UseCache"/>, <see cref="RunOptions.MaxParallelism"/>,
    /// <see cref="RunOptions.Progress"/>, <see cref="RunOptions.LoggerFactory"/> and <see cref="RunOptions.Orchestrator"/>
    /// apply to the resumed part. <see cref="RunOptions.Seed"/>, <see cref="RunOptions.RunName"/> and <see cref="RunOptions.Tags"/>
    /// are ignored: the run keeps its own.
    /// </param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="StoreException">There is no store, it is not usable, or it has no such run (or the prefix is ambiguous).</exception>
    /// <exception cref="InvalidOperationException">
    /// The run's pipeline is not compiled into this program, the run already succeeded, or it is still running in a live process.
    /// </exception>
    public static async Task<PipelineRun> ResumeAsync(string runId, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        options ??= new RunOptions();
        RunRecord run;
        using (var store = WeftStore.OpenExisting(options.StorePath))
        {
            run = store.FindRun(runId) ?? throw new StoreException($"The store at {store.Path} has no run '{runId}'.");
        }

        if (!PipelineCatalog.TryGet(run.Pipeline, out var definition))
        {
            var known = PipelineCatalog.Names;
            throw new InvalidOperationException($"Run {run.RunId} is a run of pipeline '{run.Pipeline}', which is not compiled into this program"
                + (known.Count == 0 ? "." : $". Known pipelines: {string.Join(", ", known)}."));
        }

        return await ResumeAsync(definition, run.RunId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Resumes a recorded run of <paramref name="definition"/>, as <see cref="ResumeAsync(string, RunOptions?, CancellationToken)"/> does.
    /// </summary>
    /// <param name="definition">The pipeline graph; it must be the pipeline the run recorded (by name).</param>
    /// <param name="runId">The run's full id.</param>
    /// <param name="options">As for <see cref="ResumeAsync(string, RunOptions?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="StoreException">The store is not usable or has no such run.</exception>
    /// <exception cref="InvalidOperationException">The run is of another pipeline, already succeeded, or is still running in a live process.</exception>
    /// <exception cref="NotSupportedException">The orchestrator cannot resume runs (the in-memory executor).</exception>
    public static Task<PipelineRun> ResumeAsync(PipelineDefinition definition, string runId, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        options ??= new RunOptions();
        var executor = GetExecutor(options.Orchestrator);
        return executor.ExecuteAsync(new ExecutionRequest(definition, new Dictionary<string, object?>(), options) { RunId = runId, Resume = true }, cancellationToken);
    }

    /// <summary>The executor of an orchestrator; <see langword="null"/> or empty means <see cref="InProcess"/>.</summary>
    /// <exception cref="NotSupportedException">No orchestrator of that name is registered; the message lists the known ones.</exception>
    public static IPipelineExecutor GetExecutor(string? orchestrator)
    {
        var name = string.IsNullOrWhiteSpace(orchestrator) ? InProcess : orchestrator.Trim();
        return s_executors.TryGetValue(name, out var executor)
            ? executor
            : throw new NotSupportedException($"Orchestrator '{orchestrator}' is not available. Known orchestrators: {string.Join(", ", Orchestrators)}.");
    }

    /// <summary>
    /// Makes an orchestrator available under <paramref name="name"/> (case-insensitive), replacing any executor registered
    /// under that name. Packages that add orchestrators (<c>Weft.Kubernetes</c>) call this.
    /// </summary>
    public static void RegisterOrchestrator(string name, IPipelineExecutor executor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(executor);
        s_executors[name.Trim()] = executor;
    }
}
