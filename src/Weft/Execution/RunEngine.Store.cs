using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Weft.Storage;

namespace Weft;

/// <summary>The recorded side of a run: cache keys and hits, records, resumed nodes, and reading (and repairing) stored outputs.</summary>
internal sealed partial class RunEngine
{
    private static readonly Action<ILogger, string, string, Exception?> s_cacheDamaged = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(3, "CachedOutputDamaged"), "Cached output {Artifact} of step '{Step}' is missing or damaged; computing the step again");

    private static readonly Action<ILogger, string, string, Exception?> s_repairing = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(4, "RecomputingDamagedOutput"), "{Problem} Recomputing step '{Step}'.");

    private readonly HashSet<(string Step, string Fingerprint)> _fingerprintsRecorded = [];

    /// <summary>
    /// Marks the nodes a resumed run already completed as done, with their recorded outputs. A node counts as completed when
    /// its latest step run succeeded with the step's current code and every node it reads from counts as completed too;
    /// anything else runs again (a fixed step, and what depends on it).
    /// </summary>
    private List<StepRun> ReuseCompleted(RunDetails resumed)
    {
        var latest = new Dictionary<string, StepRunRecord>(StringComparer.Ordinal);
        foreach (var step in resumed.Steps)
        {
            latest[step.Node] = step;
        }

        var reused = new List<StepRun>();
        foreach (var index in _plan.Order)
        {
            var plan = _nodes[index];
            var node = plan.Node;
            if (!latest.TryGetValue(node.Name, out var record)
                || record.Status != StepStatus.Succeeded
                || !string.Equals(record.Step, node.Method, StringComparison.Ordinal)
                || !string.Equals(record.CodeFingerprint, node.CodeFingerprint, StringComparison.Ordinal)
                || record.Outputs.Count != node.Outputs.Count
                || !plan.Inputs.All(input => input.Kind != InputSourceKind.Artifact || _states[input.Source].Succeeded))
            {
                continue;
            }

            var slots = new OutputSlot[node.Outputs.Count];
            var intact = true;
            for (var i = 0; i < slots.Length && intact; i++)
            {
                var output = record.Outputs[i];
                var artifact = new ArtifactRef(output.ArtifactId, output.Size, output.InObjectFile);
                intact = string.Equals(output.Name, node.Outputs[i].Name, StringComparison.Ordinal) && _recorder!.LooksIntact(artifact);
                slots[i] = new OutputSlot(artifact);
            }

            if (!intact)
            {
                continue;
            }

            var step = new StepRun
            {
                Name = node.Name,
                Status = StepStatus.Succeeded,
                Cached = record.Cached,
                CompletedBeforeResume = true,
                OriginRunId = record.OriginRunId,
                Attempts = record.Attempts,
                Duration = record.Duration,
                Metrics = record.Metrics,
                Metadata = record.Metadata,
                Artifacts = record.Outputs.ToDictionary(o => o.Name, o => o.ArtifactId, StringComparer.Ordinal),
                LogPath = record.LogPath,
            };
            _states[index].Outputs = slots;
            _states[index].Result = step;
            foreach (var dependent in plan.Dependents)
            {
                _states[dependent].Pending--;
            }

            reused.Add(step);
        }

        return reused;
    }

    /// <summary>
    /// The node's cache key: its step method, code fingerprint, cache version and seed, what feeds each input (artifact
    /// ids, canonical parameter values, constants), and its outputs' schema fingerprints.
    /// </summary>
    /// <remarks>
    /// The seed enters because a step may draw from <see cref="Step.Random"/>: a run with another seed must not reuse it.
    /// </remarks>
    private Digest CacheKey(int index)
    {
        var node = _nodes[index].Node;
        var builder = CacheKeyBuilder.Start()
            .Add(node.Method)
            .Add(node.CodeFingerprint)
            .Add(node.Policy.CacheVersion)
            .Add(StepContext.DeriveSeed(_settings.Seed, node.Name));
        var inputs = _nodes[index].Inputs;
        for (var i = 0; i < inputs.Length; i++)
        {
            var source = inputs[i];
            builder.Add(node.Inputs[i].Name);
            switch (source.Kind)
            {
                case InputSourceKind.Artifact:
                    builder.Add("artifact").Add(_states[source.Source].Outputs[source.Output].Artifact!.Value.Id);
                    break;
                case InputSourceKind.Parameter:
                    builder.Add("parameter").Add(_settings.ParameterValues!.KeyTexts[source.Source]);
                    break;
                default:
                    builder.Add("constant").Add(((ConstantBinding)node.Inputs[i].Binding).Text);
                    break;
            }
        }

        foreach (var output in node.Outputs)
        {
            builder.Add(output.Name).Add(output.Serializer.SchemaFingerprint);
        }

        return builder.Finish();
    }

    /// <summary>Completes a node from a cache entry, unless an object file it needs is gone or the wrong size.</summary>
    private bool ReuseCached(int index, CacheEntry entry, long started, DateTimeOffset startedAt)
    {
        var node = _nodes[index].Node;
        var outputs = LinkJson.ReadOutputRefs(entry.Outputs);
        if (outputs.Count != node.Outputs.Count)
        {
            return false;
        }

        var slots = new OutputSlot[outputs.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            var artifact = outputs[i].Artifact;
            if (!_recorder!.LooksIntact(artifact))
            {
                s_cacheDamaged(_log, artifact.Id, node.Name, null);
                return false;
            }

            slots[i] = new OutputSlot(artifact);
        }

        var (metrics, metadata) = entry.Logged ? _recorder!.ReadNotes(entry.StepRunId) : ([], []);
        var duration = Stopwatch.GetElapsedTime(started);
        _recorder!.Record(new StepRunRow
        {
            RunId = _settings.RunId,
            Node = node.Name,
            Step = node.Method,
            Status = StepStatus.Succeeded,
            Cached = true,
            OriginId = entry.StepRunId,
            OriginRunId = entry.RunId,
            StartedAt = startedAt,
            FinishedAt = startedAt + duration,
            Duration = duration,
            CodeFingerprint = node.CodeFingerprint,
            Outputs = entry.Outputs,
        });
        var step = new StepRun
        {
            Name = node.Name,
            Status = StepStatus.Succeeded,
            Cached = true,
            OriginRunId = entry.RunId,
            Duration = duration,
            Metrics = metrics,
            Metadata = metadata,
            Artifacts = ArtifactIds(node, slots),
        };
        _states[index].Outputs = slots;
        _states[index].Result = step;
        Report(step);
        return true;
    }

    /// <summary>Records a node that ran (succeeded, failed or was cancelled) and returns its result with the log's path.</summary>
    private StepRun RecordComputed(int index, StepRun result, DateTimeOffset startedAt, Digest? key, ArtifactRow[]? artifacts, StepContext? context,
        StepLogger? logger)
    {
        if (_recorder is null)
        {
            return result;
        }

        var node = _nodes[index].Node;
        var logPath = logger?.WrittenPath;
        bool newFingerprint;
        lock (_fingerprintsRecorded)
        {
            newFingerprint = result.Status == StepStatus.Succeeded && _fingerprintsRecorded.Add((node.Method, node.CodeFingerprint));
        }

        _recorder.Record(new StepRunRow
        {
            RunId = _settings.RunId,
            Node = node.Name,
            Step = node.Method,
            Status = result.Status,
            Attempts = result.Attempts,
            StartedAt = context?.ReportedTiming?.Start ?? startedAt,
            FinishedAt = (context?.ReportedTiming?.Start ?? startedAt) + result.Duration,
            Duration = result.Duration,
            CodeFingerprint = node.CodeFingerprint,
            CacheKey = result.Status == StepStatus.Succeeded ? key : null,
            Inputs = InputsJson(index),
            Outputs = artifacts is null ? null : LinkJson.Outputs(artifacts),
            Error = result.Error,
            LogPath = logPath,
            Artifacts = artifacts,
            Metrics = context?.Metrics,
            Metadata = context?.Metadata,
            NewFingerprint = newFingerprint,
            Image = context?.Image,
        });
        return logPath is null ? result : result with { LogPath = _recorder.Layout.Absolute(logPath) };
    }

    /// <summary>Records a node that never ran (skipped or cancelled before starting).</summary>
    private void RecordUnrun(StepNode node, StepRun step)
    {
        _recorder?.Record(new StepRunRow
        {
            RunId = _settings.RunId,
            Node = node.Name,
            Step = node.Method,
            Status = step.Status,
            CodeFingerprint = node.CodeFingerprint,
            Error = step.Error,
        });
    }

    /// <summary>The node's inputs as lineage links: artifact ids, parameters with their values, constants.</summary>
    private byte[] InputsJson(int index)
    {
        var node = _nodes[index].Node;
        var inputs = _nodes[index].Inputs;
        var writer = LinkJson.Begin();
        writer.WriteStartArray();
        for (var i = 0; i < inputs.Length; i++)
        {
            var source = inputs[i];
            var name = node.Inputs[i].Name;
            switch (source.Kind)
            {
                case InputSourceKind.Artifact:
                    if (_states[source.Source].Outputs is { } outputs && source.Output < outputs.Length && outputs[source.Output].Artifact is { } artifact)
                    {
                        LinkJson.WriteArtifactInput(writer, name, artifact.Id);
                    }

                    break;
                case InputSourceKind.Parameter:
                    LinkJson.WriteParameterInput(writer, name, _plan.Definition.Parameters[source.Source].Name,
                        _settings.ParameterValues!.Serialized[source.Source], _settings.ParameterValues.ContentHashes[source.Source]);
                    break;
                default:
                    LinkJson.WriteConstantInput(writer, name, ((ConstantBinding)node.Inputs[i].Binding).Text);
                    break;
            }
        }

        writer.WriteEndArray();
        return LinkJson.Finish(writer);
    }

    /// <summary>
    /// Reads a stored output of a succeeded node. When its bytes are damaged, the node is computed again from its own
    /// inputs (recursively, if those are damaged too) and the repaired value returned.
    /// </summary>
    /// <exception cref="InvalidOperationException">The output is damaged and recomputing the node failed; the message names the artifact.</exception>
    private async ValueTask<(object? Value, bool Repaired)> LoadAsync(int producer, int output, CancellationToken cancellationToken)
    {
        var state = _states[producer];
        var slot = state.Outputs[output];
        if (slot.TryGetValue(out var held))
        {
            return (held, false);
        }

        try
        {
            var value = await _recorder!.ReadAsync(slot.Artifact!.Value, _nodes[producer].Node.Outputs[output].Serializer, cancellationToken).ConfigureAwait(false);
            slot.SetValue(value);
            return (value, false);
        }
        catch (ArtifactIntegrityException damaged)
        {
            await RepairAsync(producer, damaged).ConfigureAwait(false);
            state.Outputs[output].TryGetValue(out var repaired);
            return (repaired, true);
        }
    }

    private async Task RepairAsync(int producer, ArtifactIntegrityException damaged)
    {
        var state = _states[producer];
        TaskCompletionSource? mine = null;
        Task repair;
        lock (state)
        {
            if (state.Repair is null)
            {
                mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                state.Repair = mine.Task;
            }

            repair = state.Repair;
        }

        if (mine is not null)
        {
            try
            {
                await RecomputeAsync(producer, damaged).ConfigureAwait(false);
                mine.SetResult();
            }
            catch (Exception ex)
            {
                mine.SetException(ex);
            }
        }

        await repair.ConfigureAwait(false);
    }

    private async Task RecomputeAsync(int producer, ArtifactIntegrityException damaged)
    {
        var node = _nodes[producer].Node;
        s_repairing(_log, damaged.Message, node.Name, null);
        var started = Stopwatch.GetTimestamp();
        var arguments = await ArgumentsAsync(producer, CancellationToken.None).ConfigureAwait(false);
        Digest? key = node.Policy.Cache ? CacheKey(producer) : null;
        var outcome = await RunStepAsync(producer, arguments, started, DateTimeOffset.UtcNow, key, replace: true).ConfigureAwait(false);
        if (outcome.Outputs is null)
        {
            throw new InvalidOperationException($"{damaged.Message} Step '{node.Name}' could not compute it again: {outcome.Result.Error ?? outcome.Result.Status.ToString()}", damaged);
        }

        _states[producer].Outputs = outcome.Outputs;
        _states[producer].Result = outcome.Result;
    }
}
