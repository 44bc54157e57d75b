using System.Diagnostics;
using System.Globalization;
using System.Text;
using Weft.Storage;

namespace Weft;

/// <summary>
/// Prepares a step's task in the store when no orchestrator does (<c>app step … --prepare</c>: each step of a rendered Job
/// set or Argo Workflow runs on its own): the run's shared facts from <c>tasks/&lt;run&gt;/run.json</c> (written by the first
/// step that gets here), the step's parameters from the values it was given, and its artifact inputs from the result files
/// of the steps it reads from. Like the step process itself, it touches only the store's files, never the metadata database.
/// </summary>
public static class StepTaskPreparer
{
    /// <summary>Prepares and writes the task of the next attempt of step <paramref name="step"/> of run <paramref name="runId"/>.</summary>
    /// <param name="definition">The pipeline.</param>
    /// <param name="step">The node's name.</param>
    /// <param name="runId">The run's id, shared by every step of the run.</param>
    /// <param name="storePath">The store folder shared by every step of the run.</param>
    /// <param name="arguments">The run's parameter values by name; a parameter left out takes its default.</param>
    /// <param name="upstreamWait">How long to wait for steps this one reads from to succeed; <see cref="TimeSpan.Zero"/> does not wait.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The task, as written to <see cref="StepTaskFiles.TaskPath"/>.</returns>
    /// <exception cref="StepTaskException">The store, step, run file or an upstream result is missing or wrong; no task was written.</exception>
    /// <exception cref="ArgumentException">An argument names no parameter, or a parameter without a default has none.</exception>
    public static Task<StepTask> PrepareAsync(PipelineDefinition definition, string step, string runId, string storePath,
        IReadOnlyDictionary<string, object?> arguments, TimeSpan upstreamWait, CancellationToken cancellationToken = default)
        => PrepareAsync(definition, step, runId, storePath, arguments, upstreamWait, seed: null, cancellationToken);

    /// <summary>
    /// Prepares and writes the task of the next attempt of step <paramref name="step"/> of run <paramref name="runId"/>, in a
    /// run whose seed is <paramref name="seed"/>.
    /// </summary>
    /// <param name="definition">The pipeline.</param>
    /// <param name="step">The node's name.</param>
    /// <param name="runId">The run's id, shared by every step of the run.</param>
    /// <param name="storePath">The store folder shared by every step of the run.</param>
    /// <param name="arguments">The run's parameter values by name; a parameter left out takes its default.</param>
    /// <param name="upstreamWait">How long to wait for steps this one reads from to succeed; <see cref="TimeSpan.Zero"/> does not wait.</param>
    /// <param name="seed">The run seed; <see langword="null"/> for <see cref="StepContext.DefaultRunSeed"/>. Every step of a run must be given the same.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The task, as written to <see cref="StepTaskFiles.TaskPath"/>.</returns>
    /// <exception cref="StepTaskException">The store, step, run file or an upstream result is missing or wrong, or the run has another seed; no task was written.</exception>
    /// <exception cref="ArgumentException">An argument names no parameter, or a parameter without a default has none.</exception>
    public static async Task<StepTask> PrepareAsync(PipelineDefinition definition, string step, string runId, string storePath,
        IReadOnlyDictionary<string, object?> arguments, TimeSpan upstreamWait, long? seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentOutOfRangeException.ThrowIfLessThan(upstreamWait, TimeSpan.Zero);
        var (files, node) = StepTaskRunner.Locate(definition, step, runId, storePath,
            "every step of a run prepares its task from, and writes its results to, the one store the run's steps share");
        var (parameters, values) = await SerializeAsync(definition, arguments, cancellationToken).ConfigureAwait(false);
        var run = await OpenRunAsync(definition, files, parameters, values, seed ?? StepContext.DefaultRunSeed, cancellationToken).ConfigureAwait(false);
        var fingerprint = run.Steps.FirstOrDefault(s => string.Equals(s.Step, node.Name, StringComparison.Ordinal))?.CodeFingerprint
            ?? throw new StepTaskException(StepTaskProblem.RunMismatch,
                $"Run {runId} was started by a program whose pipeline '{definition.Name}' has no step '{node.Name}' ({StepTaskFiles.RunFilePath(files.StorePath, runId)}): "
                + "every step of a run must run the same build; start a new run.");
        var inputs = await WaitForInputsAsync(definition, node, files, upstreamWait, cancellationToken).ConfigureAwait(false);

        var taskParameters = new List<StepTaskParameter>();
        foreach (var input in node.Inputs)
        {
            if (input.Binding is ParameterBinding binding)
            {
                var recorded = run.Parameters.FirstOrDefault(p => string.Equals(p.Name, binding.Parameter, StringComparison.Ordinal));
                taskParameters.Add(new StepTaskParameter(input.Name, binding.Parameter, recorded?.Value) { Files = recorded?.Files });
            }
        }

        var task = new StepTask
        {
            Pipeline = definition.Name,
            Step = node.Name,
            RunId = runId,
            Attempt = PreviousAttempt(files) + 1,
            Seed = run.Seed,
            LogicalTime = run.LogicalTime,
            CodeFingerprint = fingerprint,
            Parameters = taskParameters,
            Inputs = inputs,
        };
        files.Reset();
        await files.WriteTaskAsync(task, cancellationToken).ConfigureAwait(false);
        return task;
    }

    /// <summary>Each parameter's canonical text, as a run records it: given values and defaults through the parameter's serializer.</summary>
    private static async Task<(StandaloneRunParameter[] Parameters, object?[] Values)> SerializeAsync(PipelineDefinition definition,
        IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        foreach (var name in arguments.Keys)
        {
            if (!definition.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"Pipeline '{definition.Name}' has no parameter '{name}'.", nameof(arguments));
            }
        }

        var serialized = new StandaloneRunParameter[definition.Parameters.Count];
        var values = new object?[serialized.Length];
        for (var i = 0; i < serialized.Length; i++)
        {
            var parameter = definition.Parameters[i];
            object? value;
            if (arguments.TryGetValue(parameter.Name, out var given))
            {
                value = given;
            }
            else if (parameter.HasDefault)
            {
                value = parameter.DefaultValue;
            }
            else
            {
                throw new ArgumentException($"Pipeline '{definition.Name}' needs a value for parameter '{parameter.Name}' ({parameter.TypeName}): it has no default.", nameof(arguments));
            }

            using var stream = new MemoryStream();
            await parameter.Serializer.WriteObjectAsync(value, stream, cancellationToken).ConfigureAwait(false);
            serialized[i] = new StandaloneRunParameter(parameter.Name, Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
            values[i] = value;
        }

        return (serialized, values);
    }

    /// <summary>
    /// The run's shared facts: the run file if a step wrote it, else this step's view, written for the others. The step that
    /// writes it imports the run's data files into the store, as an orchestrator does when a run starts: every step then
    /// reads the same bytes, checked against the hashes the run file records (and <c>k8s record</c> keys the cache with).
    /// </summary>
    /// <exception cref="ArgumentException">A data file does not exist in this step's pod, or cannot be read.</exception>
    private static async Task<StandaloneRun> OpenRunAsync(PipelineDefinition definition, StepTaskFiles files, StandaloneRunParameter[] parameters,
        object?[] values, long seed, CancellationToken cancellationToken)
    {
        var path = StepTaskFiles.RunFilePath(files.StorePath, files.RunId);
        if (!File.Exists(path))
        {
            var contents = await ParameterValues.ComputeAsync(definition, values, cancellationToken).ConfigureAwait(false);
            await DataFileImport.ImportAsync(definition, contents, new StoreLayout(files.StorePath), cancellationToken).ConfigureAwait(false);
            parameters = [.. parameters.Select((p, i) => contents.Files[i] is { } held ? p with { Files = DataFileImport.Entries(held) } : p)];
            var mine = new StandaloneRun
            {
                Pipeline = definition.Name,
                RunId = files.RunId,
                Seed = seed,
                LogicalTime = DateTimeOffset.UtcNow,
                Parameters = parameters,
                Steps = [.. definition.Nodes.Select(n => new StandaloneRunStep(n.Name, n.CodeFingerprint))],
            };
            if (await StepTaskFiles.TryCreateRunAsync(path, mine, cancellationToken).ConfigureAwait(false))
            {
                return mine;
            }
        }

        var run = ReadRun(path, files.RunId);
        if (!string.Equals(run.Pipeline, definition.Name, StringComparison.Ordinal) || !string.Equals(run.RunId, files.RunId, StringComparison.Ordinal))
        {
            throw new StepTaskException(StepTaskProblem.RunMismatch,
                $"Run {files.RunId} in this store is run {run.RunId} of pipeline '{run.Pipeline}' ({path}), not of '{definition.Name}': use another --run.");
        }

        if (run.Seed != seed)
        {
            throw new StepTaskException(StepTaskProblem.RunMismatch,
                $"Step '{files.Step}' was given seed {seed.ToString(CultureInfo.InvariantCulture)}, but run {files.RunId} started with seed "
                + $"{run.Seed.ToString(CultureInfo.InvariantCulture)} ({path}): every step of a run must get the same --seed; start a new run for another seed.");
        }

        foreach (var parameter in parameters)
        {
            var recorded = run.Parameters.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.Ordinal));
            if (recorded is null || !string.Equals(recorded.Value, parameter.Value, StringComparison.Ordinal))
            {
                throw new StepTaskException(StepTaskProblem.RunMismatch,
                    $"Step '{files.Step}' was given parameter '{parameter.Name}' = {parameter.Value}, but run {files.RunId} started with "
                    + $"{(recorded is null ? "no such parameter" : recorded.Value)} ({path}): every step of a run must get the same parameters "
                    + "(the run's ConfigMap must not change while it runs); start a new run for other values.");
            }
        }

        return run;
    }

    /// <summary>Reads the run file of <paramref name="runId"/>.</summary>
    /// <exception cref="StepTaskException">It cannot be read (<see cref="StepTaskProblem.RunMismatch"/>).</exception>
    internal static StandaloneRun ReadRun(string path, string runId)
    {
        StandaloneRun run;
        try
        {
            run = StepTaskFiles.ReadRun(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new StepTaskException(StepTaskProblem.RunMismatch,
                $"The run file of run {runId} cannot be read: {ex.Message} It holds what every step of the run shares; start a new run (another --run).", ex);
        }

        if (run.Format != StepTask.CurrentFormat)
        {
            throw new StepTaskException(StepTaskProblem.RunMismatch,
                $"The run file at {path} has format {run.Format}; this program reads format {StepTask.CurrentFormat}: run the run's steps with one build.");
        }

        return run;
    }

    private static int PreviousAttempt(StepTaskFiles files)
    {
        try
        {
            var previous = files.ReadTask();
            return string.Equals(previous.RunId, files.RunId, StringComparison.Ordinal) && string.Equals(previous.Step, files.Step, StringComparison.Ordinal)
                ? Math.Max(0, previous.Attempt)
                : 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            return 0;
        }
    }

    /// <summary>The step's artifact inputs from its upstream steps' results, waiting up to <paramref name="wait"/> for them to succeed.</summary>
    private static async Task<StepTaskInput[]> WaitForInputsAsync(PipelineDefinition definition, StepNode node, StepTaskFiles files, TimeSpan wait,
        CancellationToken cancellationToken)
    {
        StepTaskInput[]? inputs = null;
        (string Step, string Reason)? pending = null;
        await StepTaskPolling.WaitAsync(Stopwatch.StartNew(), wait, () => (pending = TryGatherInputs(definition, node, files, out inputs)) is null, cancellationToken)
            .ConfigureAwait(false);
        if (pending is null)
        {
            return inputs!;
        }

        var waited = wait > TimeSpan.Zero
            ? string.Create(CultureInfo.InvariantCulture, $" after waiting {wait.TotalSeconds:0.###} s")
            : string.Empty;
        throw new StepTaskException(StepTaskProblem.UpstreamMissing,
            $"Step '{node.Name}' of run {files.RunId} cannot start{waited}: {pending.Value.Reason} Run step '{pending.Value.Step}' first: "
            + "its Job or Argo task must succeed before this one starts"
            + (wait > TimeSpan.Zero ? "." : " (or pass --wait-upstream <seconds> to wait for it)."));
    }

    /// <summary>The inputs, or the first upstream step that has not succeeded yet (and why).</summary>
    /// <exception cref="StepTaskException">An upstream step failed for good, or left a result that cannot be used.</exception>
    private static (string Step, string Reason)? TryGatherInputs(PipelineDefinition definition, StepNode node, StepTaskFiles files, out StepTaskInput[]? inputs)
    {
        inputs = null;
        var objects = new ObjectStore(new StoreLayout(files.StorePath));
        var results = new Dictionary<string, StepResult>(StringComparer.Ordinal);
        var gathered = new List<StepTaskInput>();
        foreach (var input in node.Inputs)
        {
            if (input.Binding is not ArtifactBinding artifact)
            {
                continue;
            }

            if (!results.TryGetValue(artifact.Node, out var result))
            {
                var upstream = definition.GetNode(artifact.Node);
                var upstreamFiles = new StepTaskFiles(files.StorePath, files.RunId, upstream.Name);
                var state = UpstreamResult.Read(definition, upstream, upstreamFiles);
                switch (state.Kind)
                {
                    case UpstreamResultKind.Pending:
                        return (upstream.Name, $"it reads output '{artifact.Output}' of step '{upstream.Name}', which {state.Reason}.");
                    case UpstreamResultKind.Failed:
                        throw new StepTaskException(StepTaskProblem.UpstreamMissing,
                            $"Step '{node.Name}' of run {files.RunId} cannot run: it reads output '{artifact.Output}' of step '{upstream.Name}', which {state.Reason} "
                            + "Fix that step and start a new run.");
                }

                result = state.Result!;
                results[artifact.Node] = result;
            }

            gathered.Add(InputFrom(definition, node, input, artifact, result, objects, files));
        }

        inputs = [.. gathered];
        return null;
    }

    private static StepTaskInput InputFrom(PipelineDefinition definition, StepNode node, StepInput input, ArtifactBinding artifact, StepResult result,
        ObjectStore objects, StepTaskFiles files)
    {
        var upstreamPath = new StepTaskFiles(files.StorePath, files.RunId, artifact.Node).ResultPath;
        var expected = definition.GetNode(artifact.Node).GetOutput(artifact.Output).Serializer.SchemaFingerprint;
        var output = result.Outputs.FirstOrDefault(o => string.Equals(o.Name, artifact.Output, StringComparison.Ordinal))
            ?? throw new StepTaskException(StepTaskProblem.UpstreamInvalid,
                $"The result of step '{artifact.Node}' of run {files.RunId} ({upstreamPath}) has no output '{artifact.Output}', which step '{node.Name}' reads: "
                + "it was written by another build of the pipeline; run the run's steps with one build (start a new run).");
        if (!string.Equals(output.SchemaFingerprint, expected, StringComparison.Ordinal) || !ContentHash.IsFullId(output.ArtifactId))
        {
            throw new StepTaskException(StepTaskProblem.UpstreamInvalid,
                $"Output '{artifact.Output}' of step '{artifact.Node}' of run {files.RunId} ({upstreamPath}) has schema {output.SchemaFingerprint} and id {output.ArtifactId}, "
                + $"where step '{node.Name}' reads schema {expected}: it was written by another build; run the run's steps with one build (start a new run).");
        }

        if (!objects.LooksIntact(output.ArtifactId, output.Size))
        {
            throw new StepTaskException(StepTaskProblem.UpstreamInvalid, string.Create(CultureInfo.InvariantCulture,
                $"Output '{artifact.Output}' of step '{artifact.Node}' of run {files.RunId} is {output.ArtifactId} ({output.Size} bytes), but the store has no such object file at "
                + $"{objects.PathOf(output.ArtifactId)}: is the store the one step '{artifact.Node}' wrote to? Run step '{artifact.Node}' again."));
        }

        return new StepTaskInput(input.Name, output.ArtifactId, output.Size, ObjectStore.RelativePath(output.ArtifactId));
    }
}
