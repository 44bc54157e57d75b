namespace Weft;

/// <summary>
/// What an <see cref="IPipelineExecutor"/> is asked to run. A record, so that new fields (a run to resume, a store)
/// can be added without breaking executors.
/// </summary>
/// <param name="Definition">The pipeline graph.</param>
/// <param name="Arguments">One boxed value per pipeline parameter; a parameter with a default may be left out.</param>
/// <param name="Options">The run's options.</param>
public sealed record ExecutionRequest(PipelineDefinition Definition, IReadOnlyDictionary<string, object?> Arguments, RunOptions Options)
{
    /// <summary>The id of the run: unique and sortable by start time (<c>20261128-174355-ab12cd</c>). A fresh one by default.</summary>
    public string RunId { get; init; } = RunIdGenerator.New();

    /// <summary>
    /// Continue the recorded run <see cref="RunId"/> instead of starting one: its parameters, seed and logical time come
    /// from the store, and its completed steps are not run again. <see cref="Arguments"/> is ignored.
    /// </summary>
    public bool Resume { get; init; }
}
