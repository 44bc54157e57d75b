using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Weft.Storage;

namespace Weft;

/// <summary>Running one node: its cache lookup, inputs, attempts, stored outputs and record.</summary>
internal sealed partial class RunEngine
{
    private static readonly Action<ILogger, string, int, int, TimeSpan, Exception?> s_retrying = LoggerMessage.Define<string, int, int, TimeSpan>(
        LogLevel.Warning, new EventId(1, "StepRetrying"), "Step '{Step}' attempt {Attempt} of {Attempts} failed; retrying in {Delay}");

    private static readonly Action<ILogger, string, Exception?> s_failed = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(2, "StepFailed"), "{Error}");

    private async ValueTask ExecuteAsync(int index)
    {
        var node = _nodes[index].Node;
        var state = _states[index];
        var started = Stopwatch.GetTimestamp();
        var startedAt = _recorder is null ? default : DateTimeOffset.UtcNow;
        Digest? key = null;
        if (_recorder is not null && node.Policy.Cache)
        {
            var computed = CacheKey(index);
            key = computed;
            if (_useCache && _recorder.TryGetCached(computed, out var entry) && ReuseCached(index, entry, started, startedAt))
            {
                return;
            }
        }

        StepInputs arguments;
        try
        {
            arguments = await ArgumentsAsync(index, _cancellationToken).ConfigureAwait(false);
            if (arguments.Repaired && key is not null)
            {
                key = CacheKey(index);
            }
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            Complete(index, Finished(node, StepStatus.Cancelled, 0, started, null), startedAt);
            return;
        }
        catch (Exception ex)
        {
            Complete(index, Failed(node, 0, started, null, ex), startedAt);
            return;
        }

        var outcome = await RunStepAsync(index, arguments, started, startedAt, key, replace: false).ConfigureAwait(false);
        if (outcome.Outputs is not null)
        {
            state.Outputs = outcome.Outputs;
        }

        state.Result = outcome.Result;
        Report(outcome.Result);
    }

    /// <summary>Records and reports a node that ended before any attempt ran.</summary>
    private void Complete(int index, StepRun result, DateTimeOffset startedAt)
    {
        var node = _nodes[index].Node;
        if (result.Status == StepStatus.Failed)
        {
            s_failed(_log, result.Error!, result.Exception);
        }

        _recorder?.Record(new StepRunRow
        {
            RunId = _settings.RunId,
            Node = node.Name,
            Step = node.Method,
            Status = result.Status,
            StartedAt = startedAt,
            FinishedAt = DateTimeOffset.UtcNow,
            Duration = result.Duration,
            CodeFingerprint = node.CodeFingerprint,
            Error = result.Error,
        });
        _states[index].Result = result;
        Report(result);
    }

    /// <summary>Runs a node's attempts with its arguments, stores its outputs and records the step run.</summary>
    private async ValueTask<StepOutcome> RunStepAsync(int index, StepInputs arguments, long started, DateTimeOffset startedAt, Digest? key, bool replace)
    {
        var node = _nodes[index].Node;
        var forward = _loggerFactory?.CreateLogger($"{_plan.Definition.Name}.{node.Name}");
        using var stepLogger = _recorder is null ? null : CreateStepLogger(node, forward);
        var logger = (ILogger?)stepLogger ?? forward;
        var attempts = Math.Max(0, node.Policy.Retries) + 1;
        StepContext? context = null;
        StepOutcome outcome;
        Exception? previousFailure = null;
        for (var attempt = 1; ; attempt++)
        {
            if (_cancellationToken.IsCancellationRequested)
            {
                outcome = new(Finished(node, StepStatus.Cancelled, attempt - 1, started, context), null);
                break;
            }

            // A time limit cancels the attempt's token only: the run goes on, and the attempt counts as failed.
            using var limit = node.Policy.Timeout is { } timeout ? CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken) : null;
            limit?.CancelAfter(node.Policy.Timeout!.Value);
            var token = limit?.Token ?? _cancellationToken;
            context = new StepContext(_settings.RunId, node.Name, attempt, _settings.Seed, _settings.LogicalTime, logger, token);
            if (stepLogger is not null)
            {
                stepLogger.Attempt = attempt;
            }

            if (_progress is not null)
            {
                // A retry says why the attempt before it failed: a progress display can show it without opening the log.
                Report(new StepRun
                {
                    Name = node.Name,
                    Status = StepStatus.Running,
                    Attempts = attempt,
                    Error = previousFailure is null ? null : Describe(node, previousFailure),
                });
            }

            Exception failure;
            try
            {
                var outputs = await _settings.Runner.RunAsync(new StepAttempt
                {
                    Settings = _settings,
                    Plan = _nodes[index],
                    Number = attempt,
                    Context = context,
                    Inputs = arguments,
                    Replace = replace,
                    Logger = stepLogger,
                }, token).ConfigureAwait(false);
                var succeeded = Finished(node, StepStatus.Succeeded, attempt, started, context, outputs.Slots);
                return new(RecordComputed(index, succeeded, startedAt, key, outputs.Rows, context, stepLogger), outputs.Slots);
            }
            catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
            {
                outcome = new(Finished(node, StepStatus.Cancelled, attempt, started, context), null);
                break;
            }
            catch (Exception ex) when (limit is { IsCancellationRequested: true })
            {
                failure = new StepTimeoutException(node.Policy.Timeout!.Value, ex);
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            if (attempt >= attempts)
            {
                var failed = Failed(node, attempt, started, context, failure);
                s_failed(_log, failed.Error!, failure);
                // The step's own log keeps the failure, so that its record explains itself.
                stepLogger?.Record(LogLevel.Error, failed.Error!, failure);

                outcome = new(failed, null);
                break;
            }

            previousFailure = failure;
            var delay = RetryBackoff.Delay(attempt, _settings.RetryBaseDelay);
            s_retrying(_log, node.Name, attempt, attempts, delay, failure);
            stepLogger?.Record(LogLevel.Warning, string.Create(CultureInfo.InvariantCulture, $"Attempt {attempt} of {attempts} failed; retrying in {delay}"), failure);

            try
            {
                await Task.Delay(delay, _cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                outcome = new(Finished(node, StepStatus.Cancelled, attempt, started, context), null);
                break;
            }
        }

        return outcome with { Result = RecordComputed(index, outcome.Result, startedAt, null, null, context, stepLogger) };
    }

    private StepLogger CreateStepLogger(StepNode node, ILogger? forward) => new(_recorder!.Layout, _settings.RunId, node.Name, forward);

    /// <summary>
    /// The node's arguments: values when its steps run in this process; for a step process, object files for its artifact
    /// inputs (parameters and constants it reads itself).
    /// </summary>
    private async ValueTask<StepInputs> ArgumentsAsync(int index, CancellationToken cancellationToken)
    {
        var inputs = _nodes[index].Inputs;
        if (inputs.Length == 0)
        {
            return new StepInputs([], [], false);
        }

        var byValue = _settings.Runner.TakesValues;
        var arguments = byValue ? new object?[inputs.Length] : null;
        var files = byValue ? null : new List<StepTaskInput>();
        var repaired = false;
        for (var i = 0; i < inputs.Length; i++)
        {
            var source = inputs[i];
            switch (source.Kind)
            {
                case InputSourceKind.Artifact when files is not null:
                    var (file, fixedFile) = await FileInputAsync(_nodes[index].Node.Inputs[i].Name, source.Source, source.Output).ConfigureAwait(false);
                    files.Add(file);
                    repaired |= fixedFile;
                    break;
                case InputSourceKind.Artifact:
                    if (_states[source.Source].Outputs[source.Output].TryGetValue(out var value))
                    {
                        arguments![i] = value;
                    }
                    else
                    {
                        var loaded = await LoadAsync(source.Source, source.Output, cancellationToken).ConfigureAwait(false);
                        arguments![i] = loaded.Value;
                        repaired |= loaded.Repaired;
                    }

                    break;
                case InputSourceKind.Parameter when arguments is not null:
                    arguments[i] = _settings.Parameters[source.Source];
                    break;
                case InputSourceKind.Constant when arguments is not null:
                    arguments[i] = source.Constant;
                    break;
            }
        }

        return new StepInputs(arguments, files is null ? null : [.. files], repaired);
    }

    /// <summary>
    /// An artifact input as the object file a step process reads: an inline one is exported, and a missing or damaged one
    /// is computed again (by its producing step) first.
    /// </summary>
    private async ValueTask<(StepTaskInput Input, bool Repaired)> FileInputAsync(string name, int producer, int output)
    {
        var repaired = false;
        ArtifactRef artifact;
        try
        {
            artifact = _recorder!.ExportToFile(_states[producer].Outputs[output].Artifact!.Value);
        }
        catch (ArtifactIntegrityException damaged)
        {
            await RepairAsync(producer, damaged).ConfigureAwait(false);
            artifact = _recorder!.ExportToFile(_states[producer].Outputs[output].Artifact!.Value);
            repaired = true;
        }

        return (new StepTaskInput(name, artifact.Id, artifact.Size, ObjectStore.RelativePath(artifact.Id)), repaired);
    }

    private StepRun Finished(StepNode node, StepStatus status, int attempts, long started, StepContext? context, OutputSlot[]? outputs = null) => new()
    {
        Name = node.Name,
        Status = status,
        Attempts = attempts,
        Duration = context?.ReportedTiming?.Duration ?? Stopwatch.GetElapsedTime(started),
        Metrics = context is null || context.Metrics.Count == 0 ? [] : [.. context.Metrics],
        Metadata = context is null || context.Metadata.Count == 0 ? [] : [.. context.Metadata],
        Artifacts = outputs is null || _recorder is null ? StepRunDefaults.NoArtifacts : ArtifactIds(node, outputs),
    };

    private StepRun Failed(StepNode node, int attempts, long started, StepContext? context, Exception failure)
        => Finished(node, StepStatus.Failed, attempts, started, context) with
        {
            Error = Describe(node, failure),
            Exception = failure,
        };

    private static string Describe(StepNode node, Exception failure)
        => failure is IStepFailure described ? described.Describe(node.Name) : $"Step '{node.Name}' failed: {failure.GetType().FullName}: {failure.Message}";

    private static IReadOnlyDictionary<string, string> ArtifactIds(StepNode node, OutputSlot[] outputs) => new OutputArtifactIds(node, outputs);
}
