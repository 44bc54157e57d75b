using System.Diagnostics;
using System.Text;
using Weft.Storage;

namespace Weft;

/// <summary>
/// Records a run whose steps ran on their own (<c>app step … --prepare</c>, as rendered Jobs and Argo Workflows run them)
/// into the store's metadata database, from its run file and its steps' result files: the run with its parameters, seed and
/// logical time, each step run with its attempts, artifacts, lineage, metrics and cache entry, as the engine records an
/// orchestrated run. Afterwards <c>runs show</c>, <c>lineage</c> and later runs' caching see it. It is the only part of such
/// a run that opens <c>weft.db</c>, so it runs once, after the steps (Argo's exit handler, or a Job that waits for them).
/// </summary>
public static class StandaloneRunRecorder
{
    /// <summary>Whether the store already records run <paramref name="runId"/>.</summary>
    public static bool IsRecorded(string storePath, string runId)
    {
        if (!WeftStore.Exists(storePath))
        {
            return false;
        }

        using var store = WeftStore.Open(storePath);
        return store.FindRun(runId) is { } run && string.Equals(run.RunId, runId, StringComparison.Ordinal);
    }

    /// <summary>Waits up to <paramref name="wait"/> for every step of the run to end, then records the run.</summary>
    /// <param name="definition">The pipeline.</param>
    /// <param name="runId">The run's id.</param>
    /// <param name="storePath">The store its steps wrote to.</param>
    /// <param name="orchestrator">What ran the steps, as the run records it (<c>argo</c>, <c>kubernetes-jobs</c>).</param>
    /// <param name="wait">
    /// How long to wait for steps that have not ended (no result yet, or a failed attempt with attempts left); after it, what
    /// the store holds is recorded (a step without a result as failed). <see cref="TimeSpan.Zero"/> records at once.
    /// </param>
    /// <param name="cancellationToken">Stops waiting, or the recording.</param>
    /// <returns>The recorded run; its status says whether every step succeeded.</returns>
    /// <exception cref="StepTaskException">The store or the run file is missing, the run file cannot be read, or it was written by another build.</exception>
    /// <exception cref="StoreException">The store's database cannot be used.</exception>
    public static async Task<PipelineRun> RecordAsync(PipelineDefinition definition, string runId, string storePath, string orchestrator, TimeSpan wait,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestrator);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        var (files, _) = StepTaskRunner.Locate(definition, definition.Nodes[0].Name, runId, storePath,
            "a run is recorded from the run file and results its steps wrote into the store they share");
        var path = StepTaskFiles.RunFilePath(files.StorePath, runId);
        await StepTaskPolling.WaitAsync(clock, wait, () => File.Exists(path), cancellationToken).ConfigureAwait(false);
        if (!File.Exists(path))
        {
            throw new StepTaskException(StepTaskProblem.TaskMissing,
                $"Run {runId} has no run file at {path}: none of its steps has prepared its task in this store, so there is nothing to record; check --run and --store.");
        }

        var run = StepTaskPreparer.ReadRun(path, runId);
        CheckSameBuild(definition, run, path);
        await StepTaskPolling.WaitAsync(clock, wait, () => AllEnded(definition, files), cancellationToken).ConfigureAwait(false);

        var values = await RestoreAsync(definition, run, cancellationToken).ConfigureAwait(false);
        var request = new ExecutionRequest(definition, new Dictionary<string, object?>(), new RunOptions { StorePath = files.StorePath, UseCache = false })
        {
            RunId = runId,
        };
        var (plan, maxParallelism) = ExecutionChecks.Validate(request);
        // The data files as the run's first step hashed and imported them: this pod may not even see their paths.
        var known = definition.Parameters.Select(p => run.Parameters.FirstOrDefault(r => string.Equals(r.Name, p.Name, StringComparison.Ordinal))?.Files).ToArray();
        var parameterValues = await ParameterValues.ComputeAsync(definition, values, known, cancellationToken).ConfigureAwait(false);
        var recorder = RunRecorder.Open(files.StorePath);
        try
        {
            recorder.BeginRun(new RunStart
            {
                RunId = runId,
                Pipeline = definition.Name,
                PipelineType = definition.TypeName,
                StartedAt = run.LogicalTime,
                LogicalTime = run.LogicalTime,
                Seed = run.Seed,
                // Steps that prepare their own tasks cannot read the cache (they never open the database); what they
                // computed becomes cache entries here all the same.
                UseCache = false,
                SourceRevision = SourceRevision.Of(definition),
                Orchestrator = orchestrator,
                Parameters = [.. definition.Parameters.Select((p, i) => new ParameterRecord(p.Name, p.TypeName, parameterValues.Serialized[i], parameterValues.ContentHashes[i]))],
            });
            var settings = new RunSettings
            {
                Plan = plan,
                RunId = runId,
                Parameters = values,
                Options = request.Options,
                MaxParallelism = maxParallelism,
                RetryBaseDelay = TimeSpan.Zero,
                Seed = run.Seed,
                LogicalTime = run.LogicalTime,
                Recorder = recorder,
                ParameterValues = parameterValues,
                Runner = new RecordedResultAttemptRunner(),
            };
            return await new RunEngine(settings, cancellationToken).RunAsync().ConfigureAwait(false);
        }
        catch
        {
            recorder.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The cache entries recorded are keyed by this program's code fingerprints: a program built from other code than the
    /// run's steps must not record them.
    /// </summary>
    private static void CheckSameBuild(PipelineDefinition definition, StandaloneRun run, string path)
    {
        if (!string.Equals(run.Pipeline, definition.Name, StringComparison.Ordinal))
        {
            throw new StepTaskException(StepTaskProblem.RunMismatch, $"Run {run.RunId} is a run of pipeline '{run.Pipeline}' ({path}), not of '{definition.Name}'.");
        }

        foreach (var node in definition.Nodes)
        {
            var recorded = run.Steps.FirstOrDefault(s => string.Equals(s.Step, node.Name, StringComparison.Ordinal));
            if (recorded is null || !string.Equals(recorded.CodeFingerprint, node.CodeFingerprint, StringComparison.Ordinal))
            {
                throw new StepTaskException(StepTaskProblem.RunMismatch,
                    $"This program's step '{node.Name}' has code fingerprint {node.CodeFingerprint}, but run {run.RunId}'s is {recorded?.CodeFingerprint ?? "missing"} ({path}): "
                    + "record the run with the build its steps ran (the same image).");
            }
        }
    }

    /// <summary>Whether every step has ended: succeeded, failed with no attempts left, or will never run because a step before it failed.</summary>
    private static bool AllEnded(PipelineDefinition definition, StepTaskFiles files)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in definition.Nodes)
        {
            // Nodes are in body order, a topological order: a step's upstream steps were judged before it.
            if (definition.Edges.Any(e => string.Equals(e.ToNode, node.Name, StringComparison.Ordinal) && failed.Contains(e.FromNode)))
            {
                failed.Add(node.Name);
                continue;
            }

            UpstreamResult state;
            try
            {
                state = UpstreamResult.Read(definition, node, new StepTaskFiles(files.StorePath, files.RunId, node.Name));
            }
            catch (StepTaskException)
            {
                // An unusable result will not change by waiting; recording names it.
                failed.Add(node.Name);
                continue;
            }

            switch (state.Kind)
            {
                case UpstreamResultKind.Pending:
                    return false;
                case UpstreamResultKind.Failed:
                    failed.Add(node.Name);
                    break;
            }
        }

        return true;
    }

    private static async Task<object?[]> RestoreAsync(PipelineDefinition definition, StandaloneRun run, CancellationToken cancellationToken)
    {
        var values = new object?[definition.Parameters.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = definition.Parameters[i];
            var recorded = run.Parameters.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.Ordinal))
                ?? throw new StepTaskException(StepTaskProblem.RunMismatch, $"Run {run.RunId}'s run file has no value for parameter '{parameter.Name}': it was started by another build.");
            try
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(recorded.Value), writable: false);
                values[i] = await parameter.Serializer.ReadObjectAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            catch (ArtifactFormatException ex)
            {
                throw new StepTaskException(StepTaskProblem.RunMismatch,
                    $"Run {run.RunId} started with parameter '{parameter.Name}' = {recorded.Value}, which is not a valid {parameter.TypeName} for this program: {ex.Message}", ex);
            }
        }

        return values;
    }
}
