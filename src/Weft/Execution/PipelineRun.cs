using System.Diagnostics.CodeAnalysis;

namespace Weft;

/// <summary>
/// The result of running a pipeline: its status, what happened to each step, and the steps' outputs.
/// A failed run is returned, not thrown: check <see cref="Status"/> and <see cref="Error"/>.
/// </summary>
public sealed class PipelineRun
{
    private readonly RunOutputs _outputs;
    private readonly Dictionary<string, StepRun> _steps;

    /// <summary>Creates a run record; called by executors.</summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="definition">The pipeline that ran.</param>
    /// <param name="status">The outcome.</param>
    /// <param name="steps">One entry per node, in node order.</param>
    /// <param name="startedAt">When the run started (UTC); steps saw it as <see cref="Step.Now"/>.</param>
    /// <param name="duration">The run's wall time.</param>
    /// <param name="error">For a failed run: the failing step and its error.</param>
    /// <param name="outputs">The values of each succeeded step's outputs, keyed by node name, in <see cref="StepNode.Outputs"/> order.</param>
    public PipelineRun(string runId, PipelineDefinition definition, RunStatus status, IReadOnlyList<StepRun> steps, DateTimeOffset startedAt,
        TimeSpan duration, string? error, IReadOnlyDictionary<string, IReadOnlyList<object?>> outputs)
        : this(runId, definition, status, steps, startedAt, duration, error, new DictionaryRunOutputs(outputs ?? throw new ArgumentNullException(nameof(outputs))), null)
    {
    }

    internal PipelineRun(string runId, PipelineDefinition definition, RunStatus status, IReadOnlyList<StepRun> steps, DateTimeOffset startedAt,
        TimeSpan duration, string? error, RunOutputs outputs, string? storePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(steps);
        RunId = runId;
        StorePath = storePath;
        Definition = definition;
        Status = status;
        Steps = steps;
        StartedAt = startedAt;
        Duration = duration;
        Error = error;
        _outputs = outputs;
        _steps = new Dictionary<string, StepRun>(steps.Count, StringComparer.Ordinal);
        foreach (var step in steps)
        {
            _steps[step.Name] = step;
        }
    }

    /// <summary>The run's id: unique and sortable by start time (<c>20261128-174355-ab12cd</c>).</summary>
    public string RunId { get; }

    /// <summary>The pipeline that ran.</summary>
    public PipelineDefinition Definition { get; }

    /// <summary>The store folder the run was recorded in; <see langword="null"/> for a run that kept nothing (in memory).</summary>
    public string? StorePath { get; }

    /// <summary><see cref="RunStatus.Succeeded"/>, <see cref="RunStatus.Failed"/> or <see cref="RunStatus.Cancelled"/>.</summary>
    public RunStatus Status { get; }

    /// <summary>What happened to each node, in node order.</summary>
    public IReadOnlyList<StepRun> Steps { get; }

    /// <summary>
    /// When the run started (UTC): its recorded logical time, which steps saw as <see cref="Step.Now"/>. A resumed run
    /// keeps the time it first started.
    /// </summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>The run's wall time.</summary>
    public TimeSpan Duration { get; }

    /// <summary><see langword="null"/> unless the run failed; then the failing step and its error (<c>Step 'Fit' failed: …</c>).</summary>
    public string? Error { get; }

    /// <summary>What happened to one node.</summary>
    /// <exception cref="KeyNotFoundException">The pipeline has no such node; the message lists them.</exception>
    public StepRun GetStep(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return _steps.TryGetValue(step, out var run) ? run : throw UnknownStep(step);
    }

    /// <summary>
    /// The value of the only output of <paramref name="step"/>. A value the run did not keep in memory (a cached step's
    /// output) is read from the store and checked against its id; damaged bytes are recomputed from the step when possible.
    /// </summary>
    /// <typeparam name="T">The output's type (or a base type of it).</typeparam>
    /// <exception cref="KeyNotFoundException">The pipeline has no such step.</exception>
    /// <exception cref="InvalidOperationException">The step has no output or several (the message lists them), or it did not succeed.</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>; the message names its actual type.</exception>
    /// <exception cref="Weft.Storage.ArtifactIntegrityException">The value had to be read from the store and its bytes are damaged beyond repair.</exception>
    public T Output<T>(string step)
    {
        var node = FindNode(step);
        if (node.Outputs.Count != 1)
        {
            throw new InvalidOperationException(node.Outputs.Count == 0
                ? $"Step '{step}' has no outputs."
                : $"Step '{step}' has {node.Outputs.Count} outputs ({string.Join(", ", node.Outputs.Select(o => o.Name))}); name one, as in Output<T>(\"{step}\", \"{node.Outputs[0].Name}\").");
        }

        return Convert<T>(node, 0);
    }

    /// <summary>The value of output <paramref name="output"/> (a named tuple element) of <paramref name="step"/>, read as <see cref="Output{T}(string)"/> reads.</summary>
    /// <typeparam name="T">The output's type (or a base type of it).</typeparam>
    /// <exception cref="KeyNotFoundException">The pipeline has no such step, or the step no such output; the message lists the names.</exception>
    /// <exception cref="InvalidOperationException">The step did not succeed.</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>; the message names its actual type.</exception>
    /// <exception cref="Weft.Storage.ArtifactIntegrityException">The value had to be read from the store and its bytes are damaged beyond repair.</exception>
    public T Output<T>(string step, string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var node = FindNode(step);
        return Convert<T>(node, OutputIndex(node, output));
    }

    /// <summary>The boxed value of an output, if the step exists, has that output, and succeeded.</summary>
    /// <exception cref="Weft.Storage.ArtifactIntegrityException">The output had to be read from the store and its bytes are damaged beyond repair.</exception>
    public bool TryGetOutput(string step, string output, out object? value)
    {
        value = null;
        if (step is null || output is null || !Definition.TryGetNode(step, out var node))
        {
            return false;
        }

        for (var i = 0; i < node.Outputs.Count; i++)
        {
            if (string.Equals(node.Outputs[i].Name, output, StringComparison.Ordinal))
            {
                return _outputs.TryGet(node, i, out value);
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Error is null ? $"{Definition.Name} {RunId}: {Status}" : $"{Definition.Name} {RunId}: {Status}: {Error}";

    private StepNode FindNode(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Definition.TryGetNode(step, out var node) ? node : throw UnknownStep(step);
    }

    private static int OutputIndex(StepNode node, string output)
    {
        for (var i = 0; i < node.Outputs.Count; i++)
        {
            if (string.Equals(node.Outputs[i].Name, output, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException(node.Outputs.Count == 0
            ? $"Step '{node.Name}' has no output '{output}': it has no outputs."
            : $"Step '{node.Name}' has no output '{output}'. Outputs: {string.Join(", ", node.Outputs.Select(o => o.Name))}.");
    }

    private T Convert<T>(StepNode node, int index)
    {
        var output = node.Outputs[index];
        if (!_outputs.TryGet(node, index, out var value))
        {
            throw NotAvailable(node, output);
        }

        if (value is T typed)
        {
            return typed;
        }

        if (value is null && default(T) is null)
        {
            return default!;
        }

        throw new InvalidCastException(value is null
            ? $"Output '{output.Name}' of step '{node.Name}' is null, which is not a {TypeDisplay.Of(typeof(T))} (declared {output.TypeName})."
            : $"Output '{output.Name}' of step '{node.Name}' is a {TypeDisplay.Of(value.GetType())} (declared {output.TypeName}), not a {TypeDisplay.Of(typeof(T))}.");
    }

    private InvalidOperationException NotAvailable(StepNode node, StepOutput output)
    {
        var reason = _steps.TryGetValue(node.Name, out var step)
            ? step.Status switch
            {
                StepStatus.Failed or StepStatus.Skipped when step.Error is not null => step.Error,
                StepStatus.Failed => "the step failed",
                StepStatus.Skipped => "the step was skipped",
                StepStatus.Cancelled => "the step was cancelled",
                StepStatus.Succeeded => "the executor kept no value for it",
                _ => $"the step is {step.Status}",
            }
            : "the step did not run";
        return new InvalidOperationException($"Output '{output.Name}' of step '{node.Name}' in run {RunId} is not available: {reason}");
    }

    private KeyNotFoundException UnknownStep(string step)
        => new($"Pipeline '{Definition.Name}' has no step '{step}'. Steps: {string.Join(", ", Definition.Nodes.Select(n => n.Name))}.");
}
