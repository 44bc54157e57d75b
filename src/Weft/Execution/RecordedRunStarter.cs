using Weft.Storage;

namespace Weft;

/// <summary>
/// Starts a recorded run for an executor: checks and binds the arguments, opens the store, records the run (or takes over
/// the run to resume) and hands the engine its settings. The orchestrators differ only in where step attempts run.
/// </summary>
internal static class RecordedRunStarter
{
    public static Task<PipelineRun> Start(ExecutionRequest request, TimeSpan retryBaseDelay, string orchestrator, StepAttemptRunner runner,
        CancellationToken cancellationToken)
    {
        var (plan, maxParallelism) = ExecutionChecks.Validate(request);
        var parameters = request.Resume ? null : PipelineArguments.Bind(plan, request.Arguments);

        // Opening the store, migrating it and hashing data files is blocking I/O: keep it off the caller's thread.
        return Task.Run(() => StartAsync(plan, request, parameters, maxParallelism, retryBaseDelay, orchestrator, runner, cancellationToken), CancellationToken.None);
    }

    private static async Task<PipelineRun> StartAsync(ExecutionPlan plan, ExecutionRequest request, object?[]? parameters, int maxParallelism,
        TimeSpan retryBaseDelay, string orchestrator, StepAttemptRunner runner, CancellationToken cancellationToken)
    {
        var definition = plan.Definition;
        var options = request.Options;
        RunDetails? resumed = null;
        if (request.Resume)
        {
            resumed = ReadResumable(definition, request.RunId, options.StorePath);
            // A run recorded without the cache stays without it: its remaining steps must not reuse what it chose to recompute.
            options = options with { UseCache = options.UseCache && resumed.Run.UseCache };
            parameters = await ParameterValues.RestoreAsync(definition, resumed.Run, cancellationToken).ConfigureAwait(false);
        }

        var values = await ParameterValues.ComputeAsync(definition, parameters!, cancellationToken).ConfigureAwait(false);
        var recorder = RunRecorder.Open(options.StorePath);
        try
        {
            await runner.PrepareRunAsync(definition, values, recorder.Layout, cancellationToken).ConfigureAwait(false);
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
                    Orchestrator = orchestrator,
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
                RetryBaseDelay = retryBaseDelay,
                Seed = seed,
                LogicalTime = logicalTime,
                Recorder = recorder,
                ParameterValues = values,
                Resumed = resumed,
                Runner = runner,
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
