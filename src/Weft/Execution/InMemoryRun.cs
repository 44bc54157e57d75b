using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Weft;

/// <summary>
/// The state of one in-process run. A single scheduling loop owns readiness and statuses; each started node runs on
/// the thread pool, writes only its own result and output slots, and then posts its index to the loop, which is what
/// makes those writes visible to the loop and to the dependents it starts next.
/// </summary>
internal sealed class InMemoryRun
{
    private static readonly Action<ILogger, string, int, int, TimeSpan, Exception?> s_retrying = LoggerMessage.Define<string, int, int, TimeSpan>(
        LogLevel.Warning, new EventId(1, "StepRetrying"), "Step '{Step}' attempt {Attempt} of {Attempts} failed; retrying in {Delay}");

    private static readonly Action<ILogger, string, Exception?> s_failed = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(2, "StepFailed"), "{Error}");

    private readonly ExecutionPlan _plan;
    private readonly ExecutionRequest _request;
    private readonly object?[] _parameters;
    private readonly int _maxParallelism;
    private readonly TimeSpan _retryBaseDelay;
    private readonly CancellationToken _cancellationToken;
    private readonly long _runSeed;
    private readonly DateTimeOffset _startedAt;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly ILogger _log;
    private readonly IProgress<StepRun>? _progress;
    private readonly StepRun?[] _results;
    private readonly object?[]?[] _outputs;
    private readonly Channel<int> _completed;

    public InMemoryRun(ExecutionPlan plan, ExecutionRequest request, object?[] parameters, int maxParallelism, TimeSpan retryBaseDelay,
        CancellationToken cancellationToken)
    {
        _plan = plan;
        _request = request;
        _parameters = parameters;
        _maxParallelism = maxParallelism;
        _retryBaseDelay = retryBaseDelay;
        _cancellationToken = cancellationToken;
        _runSeed = request.Options.Seed ?? StepContext.DefaultRunSeed;
        _startedAt = DateTimeOffset.UtcNow;
        _loggerFactory = request.Options.LoggerFactory;
        _log = _loggerFactory?.CreateLogger("Weft.Runtime") ?? NullLogger.Instance;
        _progress = request.Options.Progress;
        _results = new StepRun?[plan.Nodes.Length];
        _outputs = new object?[]?[plan.Nodes.Length];
        _completed = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
    }

    public async Task<PipelineRun> RunAsync()
    {
        var clock = Stopwatch.GetTimestamp();
        var nodes = _plan.Nodes;
        var pending = new int[nodes.Length];

        // Ready nodes start in body order, so a run with MaxParallelism = 1 executes in a predictable order.
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < nodes.Length; i++)
        {
            pending[i] = nodes[i].UpstreamCount;
            if (pending[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        var running = 0;
        while (true)
        {
            while (running < _maxParallelism && !_cancellationToken.IsCancellationRequested && ready.TryDequeue(out var next, out _))
            {
                running++;
                // A dedicated thread, not the pool: step bodies are often long synchronous CPU work (model training) that
                // would otherwise starve the pool the rest of the run and the host depend on. The thread ends at the step's
                // first real await; continuations go to the pool as usual.
                _ = Task.Factory.StartNew(static state =>
                    {
                        var (run, index) = ((InMemoryRun, int))state!;
                        return run.ExecuteNodeAsync(index);
                    },
                    (this, next), CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
            }

            if (running == 0)
            {
                break;
            }

            // Not cancellable on purpose: after cancellation the loop still waits for running steps, which see the token,
            // so no step code is left running behind a returned run.
            var done = await _completed.Reader.ReadAsync(CancellationToken.None).ConfigureAwait(false);
            running--;
            var result = _results[done]!;
            Report(result);
            if (result.Status == StepStatus.Succeeded)
            {
                foreach (var dependent in nodes[done].Dependents)
                {
                    if (--pending[dependent] == 0)
                    {
                        ready.Enqueue(dependent, dependent);
                    }
                }
            }
            else if (result.Status == StepStatus.Failed)
            {
                SkipDependents(done);
            }
        }

        return Complete(Stopwatch.GetElapsedTime(clock));
    }

    private async Task ExecuteNodeAsync(int index)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            _results[index] = await RunAttemptsAsync(index, started).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // RunAttemptsAsync handles step exceptions; this catches the rest (a throwing logger factory) so the loop
            // still hears about the node.
            _results[index] = Failed(_plan.Nodes[index].Node, 0, started, null, ex);
        }
        finally
        {
            _completed.Writer.TryWrite(index);
        }
    }

    private async Task<StepRun> RunAttemptsAsync(int index, long started)
    {
        var node = _plan.Nodes[index].Node;
        var arguments = BuildArguments(_plan.Nodes[index]);
        var logger = _loggerFactory?.CreateLogger($"{_plan.Definition.Name}.{node.Name}");
        var attempts = Math.Max(0, node.Policy.Retries) + 1;
        StepContext? context = null;
        for (var attempt = 1; ; attempt++)
        {
            if (_cancellationToken.IsCancellationRequested)
            {
                return Finished(node, StepStatus.Cancelled, attempt - 1, started, context);
            }

            context = new StepContext(_request.RunId, node.Name, attempt, _runSeed, _startedAt, logger, _cancellationToken);
            if (_progress is not null)
            {
                Report(new StepRun { Name = node.Name, Status = StepStatus.Running, Attempts = attempt });
            }

            Exception failure;
            try
            {
                object?[] values;
                using (Step.Enter(context))
                {
                    values = await node.Invoker(arguments, _cancellationToken).ConfigureAwait(false);
                }

                CheckOutputs(node, values);
                _outputs[index] = values;
                return Finished(node, StepStatus.Succeeded, attempt, started, context);
            }
            catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
            {
                return Finished(node, StepStatus.Cancelled, attempt, started, context);
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            if (attempt >= attempts)
            {
                var failed = Failed(node, attempt, started, context, failure);
                s_failed(_log, failed.Error!, failure);
                return failed;
            }

            var delay = RetryBackoff.Delay(attempt, _retryBaseDelay);
            s_retrying(_log, node.Name, attempt, attempts, delay, failure);
            try
            {
                await Task.Delay(delay, _cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return Finished(node, StepStatus.Cancelled, attempt, started, context);
            }
        }
    }

    private object?[] BuildArguments(NodePlan plan)
    {
        var inputs = plan.Inputs;
        if (inputs.Length == 0)
        {
            return [];
        }

        var arguments = new object?[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            ref readonly var source = ref inputs[i];
            arguments[i] = source.Kind switch
            {
                InputSourceKind.Artifact => _outputs[source.Source]![source.Output],
                InputSourceKind.Parameter => _parameters[source.Source],
                _ => source.Constant,
            };
        }

        return arguments;
    }

    private static void CheckOutputs(StepNode node, object?[]? values)
    {
        if (values is null || values.Length != node.Outputs.Count)
        {
            throw new InvalidOperationException(
                $"The invoker of step '{node.Name}' returned {(values is null ? "null" : $"{values.Length} values")} for {node.Outputs.Count} outputs.");
        }
    }

    private void SkipDependents(int failed)
    {
        var failedName = _plan.Nodes[failed].Node.Name;
        var stack = new Stack<int>(_plan.Nodes[failed].Dependents);
        while (stack.TryPop(out var index))
        {
            // A dependent of a failed node never started (it lacks an input), so the loop owns its slot.
            if (_results[index] is not null)
            {
                continue;
            }

            var node = _plan.Nodes[index].Node;
            var skipped = new StepRun
            {
                Name = node.Name,
                Status = StepStatus.Skipped,
                Error = $"Step '{node.Name}' was skipped because step '{failedName}' failed.",
            };
            _results[index] = skipped;
            Report(skipped);
            foreach (var dependent in _plan.Nodes[index].Dependents)
            {
                stack.Push(dependent);
            }
        }
    }

    private PipelineRun Complete(TimeSpan duration)
    {
        var nodes = _plan.Nodes;
        var steps = new StepRun[nodes.Length];
        var outputs = new Dictionary<string, IReadOnlyList<object?>>(nodes.Length, StringComparer.Ordinal);
        var cancelled = false;
        string? error = null;
        for (var i = 0; i < nodes.Length; i++)
        {
            var step = _results[i];
            if (step is null)
            {
                // Only cancellation leaves a node unfinished: without it every node either runs or is skipped.
                step = new StepRun { Name = nodes[i].Node.Name, Status = StepStatus.Cancelled };
                Report(step);
            }

            steps[i] = step;
            switch (step.Status)
            {
                case StepStatus.Succeeded:
                    outputs[step.Name] = _outputs[i]!;
                    break;
                case StepStatus.Cancelled:
                    cancelled = true;
                    break;
                case StepStatus.Failed:
                    error ??= step.Error;
                    break;
            }
        }

        var status = cancelled ? RunStatus.Cancelled : error is not null ? RunStatus.Failed : RunStatus.Succeeded;
        return new PipelineRun(_request.RunId, _plan.Definition, status, steps, _startedAt, duration, status == RunStatus.Failed ? error : null, outputs);
    }

    private static StepRun Finished(StepNode node, StepStatus status, int attempts, long started, StepContext? context) => new()
    {
        Name = node.Name,
        Status = status,
        Attempts = attempts,
        Duration = Stopwatch.GetElapsedTime(started),
        Metrics = context is null || context.Metrics.Count == 0 ? [] : [.. context.Metrics],
        Metadata = context is null || context.Metadata.Count == 0 ? [] : [.. context.Metadata],
    };

    private static StepRun Failed(StepNode node, int attempts, long started, StepContext? context, Exception failure)
        => Finished(node, StepStatus.Failed, attempts, started, context) with
        {
            Error = $"Step '{node.Name}' failed: {failure.GetType().FullName}: {failure.Message}",
            Exception = failure,
        };

    private void Report(StepRun step)
    {
        if (_progress is null)
        {
            return;
        }

        try
        {
            _progress.Report(step);
        }
        catch (Exception)
        {
            // A progress display must not decide a run's outcome.
        }
    }
}
