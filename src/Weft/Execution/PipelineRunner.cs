using System.Collections.Concurrent;

namespace Weft;

/// <summary>
/// Runs pipeline definitions: the entry point of generated <c>RunAsync</c> methods. Picks the executor named by
/// <see cref="RunOptions.Orchestrator"/>.
/// </summary>
public static class PipelineRunner
{
    /// <summary>The name of the default orchestrator, which runs every step in this process.</summary>
    public const string InProcess = "inprocess";

    private static readonly ConcurrentDictionary<string, IPipelineExecutor> s_executors = new(StringComparer.OrdinalIgnoreCase)
    {
        [InProcess] = InMemoryExecutor.Default,
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
