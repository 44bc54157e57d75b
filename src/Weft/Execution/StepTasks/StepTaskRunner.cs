using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Weft.Storage;

namespace Weft;

/// <summary>
/// The step process's side of the step contract (<c>app step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;dir&gt;</c>):
/// reads the task the orchestrator wrote, loads the step's inputs from their object files, runs the step through its
/// generated invoker, stores each output as a content-addressed object file, and writes the result file. It touches only
/// the store's files (<c>tasks/</c>, <c>objects/</c>, <c>logs/</c>), never the metadata database, which the orchestrator owns.
/// </summary>
public static class StepTaskRunner
{
    /// <summary>Runs the task of step <paramref name="step"/> of pipeline <paramref name="pipeline"/>, found in <see cref="PipelineCatalog"/>.</summary>
    /// <inheritdoc cref="RunAsync(PipelineDefinition, string, string, string, CancellationToken)"/>
    public static Task<StepResult> RunAsync(string pipeline, string step, string runId, string storePath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pipeline);
        if (!PipelineCatalog.TryGet(pipeline, out var definition))
        {
            var known = PipelineCatalog.Names;
            throw new StepTaskException(StepTaskProblem.UnknownPipeline, known.Count == 0
                ? $"Unknown pipeline '{pipeline}': this program contains no pipelines; launch the program that ran the pipeline."
                : $"Unknown pipeline '{pipeline}'. Known pipelines: {string.Join(", ", known)}.");
        }

        return RunAsync(definition, step, runId, storePath, cancellationToken);
    }

    /// <summary>Runs the task of step <paramref name="step"/> of <paramref name="definition"/> and writes its result file.</summary>
    /// <param name="definition">The pipeline.</param>
    /// <param name="step">The node's name.</param>
    /// <param name="runId">The run's id.</param>
    /// <param name="storePath">The store folder the orchestrator prepared the task in.</param>
    /// <param name="cancellationToken">Stops the step; the result then says <see cref="StepResultStatus.Cancelled"/>.</param>
    /// <returns>The result, as written to <see cref="StepTaskFiles.ResultPath"/>.</returns>
    /// <exception cref="StepTaskException">The store, step or task is missing or wrong; no result was written.</exception>
    /// <exception cref="IOException">The result file could not be written.</exception>
    public static Task<StepResult> RunAsync(PipelineDefinition definition, string step, string runId, string storePath,
        CancellationToken cancellationToken = default)
        => RunAsync(definition, step, runId, storePath, enforceTimeLimit: false, cancellationToken);

    /// <summary>
    /// Runs the task as <see cref="RunAsync(PipelineDefinition, string, string, string, CancellationToken)"/> does and, with
    /// <paramref name="enforceTimeLimit"/>, applies the step's own time limit (<c>[Step(TimeoutSeconds = n)]</c>) itself: an
    /// attempt still running after it fails with a <see cref="StepTimeoutException"/> in its result. For a step that
    /// prepared its own task, which has no orchestrator to stop it.
    /// </summary>
    /// <inheritdoc cref="RunAsync(PipelineDefinition, string, string, string, CancellationToken)"/>
    public static async Task<StepResult> RunAsync(PipelineDefinition definition, string step, string runId, string storePath, bool enforceTimeLimit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var (files, node, task) = Open(definition, step, runId, storePath);
        var timeLimit = enforceTimeLimit ? node.Policy.Timeout : null;
        using var limit = timeLimit is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit?.CancelAfter(timeLimit!.Value);
        var token = limit?.Token ?? cancellationToken;
        var layout = new StoreLayout(files.StorePath);
        var startedAt = DateTimeOffset.UtcNow;
        using var logger = new StepLogger(layout, runId, node.Name, forward: null) { Attempt = task.Attempt };
        StepContext? context = null;
        StepResult result;
        try
        {
            CheckCode(node, task);
            var objects = new ObjectStore(layout);
            var arguments = await ArgumentsAsync(definition, node, task, objects, files, cancellationToken).ConfigureAwait(false);
            context = new StepContext(runId, node.Name, task.Attempt, task.Seed, task.LogicalTime, logger, token);
            object?[] values;
            using (Step.Enter(context))
            {
                values = timeLimit is null
                    ? await node.Invoker(arguments, token).ConfigureAwait(false)
                    : await InProcessAttemptRunner.InvokeWithLimitAsync(node, arguments, token).ConfigureAwait(false);
            }

            if (values is null || values.Length != node.Outputs.Count)
            {
                throw new InvalidOperationException(
                    $"The invoker of step '{node.Name}' returned {(values is null ? "null" : $"{values.Length} values")} for {node.Outputs.Count} outputs.");
            }

            var outputs = new StepResultOutput[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                outputs[i] = await StoreAsync(objects, node.Outputs[i], values[i], task.Repair, cancellationToken).ConfigureAwait(false);
            }

            result = Result(task, StepResultStatus.Succeeded, startedAt, context, logger) with { Outputs = outputs };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.Record(LogLevel.Warning, "The step process was stopped before the step finished.", null);
            result = Result(task, StepResultStatus.Cancelled, startedAt, context, logger);
        }
        catch (Exception ex)
        {
            if (limit is { IsCancellationRequested: true })
            {
                ex = new StepTimeoutException(timeLimit!.Value, ex);
            }

            // The real exception, with its stack, is only here: the step's log keeps it for whoever reads the failure.
            logger.Record(LogLevel.Error, $"Attempt {task.Attempt.ToString(CultureInfo.InvariantCulture)} failed: {ex.GetType().FullName}: {ex.Message}", ex);
            result = Result(task, StepResultStatus.Failed, startedAt, context, logger) with
            {
                Error = new StepResultError(ex.GetType().FullName ?? ex.GetType().Name, ex.Message, ex.ToString()),
            };
        }

        await files.WriteResultAsync(result, CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    /// <summary>The task files of a step of a run in an existing store.</summary>
    /// <exception cref="StepTaskException">The store does not exist, the step is unknown, or the run id or step cannot name a folder.</exception>
    /// <param name="definition">The pipeline.</param>
    /// <param name="step">The node's name.</param>
    /// <param name="runId">The run's id.</param>
    /// <param name="storePath">The store folder.</param>
    /// <param name="storeUse">What reads the store, for the message when it is missing; <see langword="null"/> for a step process run by an orchestrator.</param>
    internal static (StepTaskFiles Files, StepNode Node) Locate(PipelineDefinition definition, string step, string runId, string storePath, string? storeUse = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storePath);
        var store = Path.GetFullPath(storePath);
        if (!Directory.Exists(store))
        {
            throw new StepTaskException(StepTaskProblem.StoreMissing,
                $"There is no store at {store}: {storeUse ?? "a step process reads its task from the store the orchestrator prepared"} (a shared volume in Kubernetes); pass that folder with --store.");
        }

        if (string.IsNullOrWhiteSpace(step) || !definition.TryGetNode(step, out var node))
        {
            throw new StepTaskException(StepTaskProblem.UnknownStep,
                $"Pipeline '{definition.Name}' has no step '{step}'. Steps: {string.Join(", ", definition.Nodes.Select(n => n.Name))}.");
        }

        StepTaskFiles files;
        try
        {
            files = new StepTaskFiles(store, runId, node.Name);
        }
        catch (ArgumentException ex)
        {
            throw new StepTaskException(StepTaskProblem.InvalidName, ex.Message, ex);
        }

        return (files, node);
    }

    private static (StepTaskFiles Files, StepNode Node, StepTask Task) Open(PipelineDefinition definition, string step, string runId, string storePath)
    {
        var (files, node) = Locate(definition, step, runId, storePath);
        StepTask task;
        try
        {
            task = files.ReadTask();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new StepTaskException(StepTaskProblem.TaskMissing,
                $"There is no task for step '{node.Name}' of run {runId} at {files.TaskPath}: the orchestrator writes it before launching the step; "
                + "run the pipeline with '--orchestrator process' instead of calling 'step' yourself, or check --run and --store.", ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new StepTaskException(StepTaskProblem.TaskInvalid, $"The task of step '{node.Name}' of run {runId} cannot be read: {ex.Message}", ex);
        }

        if (task.Format != StepTask.CurrentFormat)
        {
            throw new StepTaskException(StepTaskProblem.TaskInvalid,
                $"The task at {files.TaskPath} has format {task.Format}; this program reads format {StepTask.CurrentFormat}: run the step with the program that orchestrates the run.");
        }

        if (!string.Equals(task.Pipeline, definition.Name, StringComparison.Ordinal) || !string.Equals(task.Step, node.Name, StringComparison.Ordinal)
            || !string.Equals(task.RunId, runId, StringComparison.Ordinal) || task.Attempt < 1)
        {
            throw new StepTaskException(StepTaskProblem.TaskInvalid,
                $"The task at {files.TaskPath} is for step '{task.Step}' of pipeline '{task.Pipeline}', run {task.RunId} (attempt {task.Attempt}), "
                + $"not step '{node.Name}' of pipeline '{definition.Name}', run {runId}.");
        }

        return (files, node, task);
    }

    private static void CheckCode(StepNode node, StepTask task)
    {
        if (!string.Equals(node.CodeFingerprint, task.CodeFingerprint, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"This program's step '{node.Name}' has code fingerprint {node.CodeFingerprint}, but the run's is {task.CodeFingerprint}: "
                + "the step process runs another build than the program that started the run (rebuild the program or its image).");
        }
    }

    private static async ValueTask<object?[]> ArgumentsAsync(PipelineDefinition definition, StepNode node, StepTask task, ObjectStore objects,
        StepTaskFiles files, CancellationToken cancellationToken)
    {
        var arguments = new object?[node.Inputs.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var input = node.Inputs[i];
            switch (input.Binding)
            {
                case ArtifactBinding artifact:
                {
                    var entry = task.Inputs.FirstOrDefault(e => string.Equals(e.Input, input.Name, StringComparison.Ordinal))
                        ?? throw new InvalidOperationException($"The task gives no artifact for input '{input.Name}' of step '{node.Name}'.");
                    var serializer = definition.GetNode(artifact.Node).GetOutput(artifact.Output).Serializer;
                    var bytes = objects.ReadVerified(entry.ArtifactId, entry.Size);
                    using var stream = new MemoryStream(bytes, writable: false);
                    arguments[i] = await serializer.ReadObjectAsync(stream, cancellationToken).ConfigureAwait(false);
                    break;
                }

                case ParameterBinding binding:
                {
                    var parameter = definition.Parameters.FirstOrDefault(p => string.Equals(p.Name, binding.Parameter, StringComparison.Ordinal))
                        ?? throw new InvalidOperationException($"Input '{input.Name}' of step '{node.Name}' is bound to unknown parameter '{binding.Parameter}'.");
                    var entry = task.Parameters.FirstOrDefault(e => string.Equals(e.Input, input.Name, StringComparison.Ordinal));
                    if (entry?.Value is null)
                    {
                        arguments[i] = parameter.HasDefault
                            ? parameter.DefaultValue
                            : throw new InvalidOperationException($"The task gives no value for parameter '{parameter.Name}' (input '{input.Name}' of step '{node.Name}'), which has no default.");
                        break;
                    }

                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(entry.Value), writable: false);
                    arguments[i] = await parameter.Serializer.ReadObjectAsync(stream, cancellationToken).ConfigureAwait(false);
                    if (entry.Files is not null)
                    {
                        arguments[i] = StepDataFiles.Resolve(arguments[i], entry, node.Name, files);
                    }

                    break;
                }

                case ConstantBinding constant:
                    arguments[i] = constant.Value;
                    break;
                default:
                    throw new InvalidOperationException($"Input '{input.Name}' of step '{node.Name}' has an unsupported binding {input.Binding?.GetType().Name ?? "null"}.");
            }
        }

        return arguments;
    }

    private static async ValueTask<StepResultOutput> StoreAsync(ObjectStore objects, StepOutput output, object? value, bool repair, CancellationToken cancellationToken)
    {
        StoredBytes stored;
        try
        {
            // A threshold of 0 spills at the first byte: a step process's outputs are always object files, never database rows.
            using var buffer = new ArtifactBuffer(objects, threshold: 0);
            await output.Serializer.WriteObjectAsync(value, buffer, cancellationToken).ConfigureAwait(false);
            stored = buffer.Complete(repair);
            if (stored.Inline is { } empty)
            {
                objects.Write(stored.Id, empty, repair);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Output '{output.Name}' ({output.TypeName}) could not be stored: {ex.GetType().FullName}: {ex.Message}", ex);
        }

        return new StepResultOutput(output.Name, stored.Id, output.TypeName, output.Serializer.SchemaFingerprint, stored.Size, ObjectStore.RelativePath(stored.Id));
    }

    private static StepResult Result(StepTask task, StepResultStatus status, DateTimeOffset startedAt, StepContext? context, StepLogger logger) => new()
    {
        Pipeline = task.Pipeline,
        Step = task.Step,
        RunId = task.RunId,
        Attempt = task.Attempt,
        Status = status,
        StartedAt = startedAt,
        FinishedAt = DateTimeOffset.UtcNow,
        Metrics = context is null ? [] : [.. context.Metrics.Select(m => new StepResultMetric(m.Key, m.Value))],
        Metadata = context is null ? [] : [.. context.Metadata.Select(m => new StepResultMetadata(m.Key, m.Value))],
        LogPath = logger.WrittenPath,
        Image = ContainerImage.Current,
    };
}
