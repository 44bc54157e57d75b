using Weft.Storage;

namespace Weft;

/// <summary>
/// The <c>inprocess</c> orchestrator: runs each step in this process as soon as its inputs exist, up to
/// <see cref="RunOptions.MaxParallelism"/> at once (retrying failed attempts with exponential backoff), and records
/// everything in the store: the run, each step run, each output as a content-addressed artifact, lineage, metrics and logs.
/// </summary>
/// <remarks>
/// A step whose cache key (step method, code fingerprint, input artifacts, parameter values with data files by content,
/// output schemas, cache version, seed) matches an earlier computation reuses its outputs instead of running, unless
/// <see cref="RunOptions.UseCache"/> is off or the step has <c>[Step(Cache = false)]</c>. Values computed in the run pass
/// between steps as objects; stored ones (cache hits, resumed steps) are read only when a step or
/// <see cref="PipelineRun.Output{T}(string)"/> needs them. A run killed at any point can be resumed
/// (<see cref="PipelineRunner.ResumeAsync(string, RunOptions?, CancellationToken)"/>).
/// </remarks>
public sealed class InProcessExecutor : IPipelineExecutor
{
    /// <summary>Creates an executor that waits 50 ms after a step's first failed attempt, doubling on each further one.</summary>
    public InProcessExecutor()
        : this(RetryBackoff.DefaultBaseDelay)
    {
    }

    /// <summary>Creates an executor with its own retry backoff.</summary>
    /// <param name="retryBaseDelay">The wait after a step's first failed attempt; it doubles on each further one, up to 10 seconds.</param>
    public InProcessExecutor(TimeSpan retryBaseDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryBaseDelay, TimeSpan.Zero);
        RetryBaseDelay = retryBaseDelay;
    }

    /// <summary>The executor behind the <c>inprocess</c> orchestrator.</summary>
    public static InProcessExecutor Default { get; } = new();

    /// <summary>The wait after a step's first failed attempt.</summary>
    public TimeSpan RetryBaseDelay { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">
    /// The arguments do not fit the parameters, a <see cref="DataFile"/> argument names a missing file, or the definition is
    /// invalid (the returned task fails with it when the check needs the store or the file system).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RunOptions.MaxParallelism"/> is less than 1.</exception>
    /// <exception cref="StoreException">The store is not usable, or a run to resume does not exist.</exception>
    /// <exception cref="InvalidOperationException">A run to resume already succeeded, is still running, or is of another pipeline.</exception>
    public Task<PipelineRun> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        var (plan, maxParallelism) = ExecutionChecks.Validate(request);
        var parameters = request.Resume ? null : PipelineArguments.Bind(plan, request.Arguments);

        // Opening the store, migrating it and hashing data files is blocking I/O: keep it off the caller's thread.
        return Task.Run(() => StartAsync(plan, request, parameters, maxParallelism, cancellationToken), CancellationToken.None);
    }

    private async Task<PipelineRun> StartAsync(ExecutionPlan plan, ExecutionRequest request, object?[]? parameters, int maxParallelism,
        CancellationToken cancellationToken)
    {
        var definition = plan.Definition;
        var options = request.Options;
        RunDetails? resumed = null;
        if (request.Resume)
        {
            resumed = ReadResumable(definition, request.RunId, options.StorePath);
            parameters = await ParameterValues.RestoreAsync(definition, resumed.Run, cancellationToken).ConfigureAwait(false);
        }

        var values = await ParameterValues.ComputeAsync(definition, parameters!, cancellationToken).ConfigureAwait(false);
        var recorder = RunRecorder.Open(options.StorePath);
        try
        {
            long seed;
            DateTimeOffset logicalTime;
            if (resumed is not null)
            {
                resumed = recorder.TakeOver(request.RunId, definition.Name);
                seed = resumed.Run.Seed;
                logicalTime = resumed.Run.LogicalTime;
            }
            else
            {
                seed = options.Seed ?? StepContext.DefaultRunSeed;
                var now = DateTimeOffset.UtcNow;
                logicalTime = now;
                recorder.BeginRun(new RunStart
                {
                    RunId = request.RunId,
                    Pipeline = definition.Name,
                    PipelineType = definition.TypeName,
                    Name = options.RunName,
                    StartedAt = now,
                    LogicalTime = logicalTime,
                    Seed = seed,
                    UseCache = options.UseCache,
                    SourceRevision = SourceRevision.Of(definition),
                    Orchestrator = PipelineRunner.InProcess,
                    Parameters = [.. definition.Parameters.Select((p, i) => new ParameterRecord(p.Name, p.TypeName, values.Serialized[i], values.ContentHashes[i]))],
                    Tags = options.Tags,
                });
            }

            if (options.UseCache)
            {
                recorder.LoadCache(definition.Nodes.Where(n => n.Policy.Cache).Select(n => (n.Method, n.CodeFingerprint)).Distinct());
            }

            var settings = new RunSettings
            {
                Plan = plan,
                RunId = request.RunId,
                Parameters = parameters!,
                Options = options,
                MaxParallelism = maxParallelism,
                RetryBaseDelay = RetryBaseDelay,
                Seed = seed,
                LogicalTime = logicalTime,
                Recorder = recorder,
                ParameterValues = values,
                Resumed = resumed,
            };
            return await new RunEngine(settings, cancellationToken).RunAsync().ConfigureAwait(false);
        }
        catch
        {
            recorder.Dispose();
            throw;
        }
    }

    /// <summary>Reads a run to resume and checks, before taking it over, that it can be.</summary>
    private static RunDetails ReadResumable(PipelineDefinition definition, string runId, string? storePath)
    {
        using var store = WeftStore.OpenExisting(storePath);
        var details = store.GetRun(runId) ?? throw new StoreException($"The store at {store.Path} has no run '{runId}'.");
        if (!string.Equals(details.Run.RunId, runId, StringComparison.Ordinal))
        {
            throw new StoreException($"The store at {store.Path} has no run '{runId}' (did you mean {details.Run.RunId}?).");
        }

        if (!string.Equals(details.Run.Pipeline, definition.Name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Run {runId} is a run of pipeline '{details.Run.Pipeline}', not '{definition.Name}'.");
        }

        return details;
    }
}
