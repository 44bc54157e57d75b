using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Weft.Storage;

namespace Weft;

/// <summary>
/// Runs one pipeline run: starts each node as soon as the nodes it reads from have succeeded, up to the run's parallelism.
/// </summary>
/// <remarks>
/// Scheduling costs no thread per step: a worker is a thread-pool work item that runs a node, takes the next ready node
/// itself (a synchronous step completes inline), and only queues further workers while the parallelism allows. A step that
/// blocks its thread holds one worker, not the run; an async step frees its thread at its first real await; a worker the
/// pool does not start in time (its threads all blocked by long steps) gets a thread of its own from the
/// <see cref="StarvationGuard"/>. One lock guards readiness; a node's result and outputs are written only by the worker
/// that ran it, and published to the dependents through that lock.
/// </remarks>
internal sealed partial class RunEngine
{
    private readonly RunSettings _settings;
    private readonly ExecutionPlan _plan;
    private readonly NodePlan[] _nodes;
    private readonly NodeState[] _states;
    private readonly RunRecorder? _recorder;
    private readonly CancellationToken _cancellationToken;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly ILogger _log;
    private readonly IProgress<StepRun>? _progress;
    private readonly bool _useCache;
    private readonly object _gate = new();
    private readonly PriorityQueue<int, int> _ready = new();
    private readonly TaskCompletionSource<PipelineRun> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<int> _startWorker;
    private long _clock;
    private int _running;
    private bool _finishing;

    public RunEngine(RunSettings settings, CancellationToken cancellationToken)
    {
        _settings = settings;
        _plan = settings.Plan;
        _nodes = _plan.Nodes;
        _states = new NodeState[_nodes.Length];
        _recorder = settings.Recorder;
        _cancellationToken = cancellationToken;
        _loggerFactory = settings.Options.LoggerFactory;
        _log = _loggerFactory?.CreateLogger("Weft.Runtime") ?? NullLogger.Instance;
        _progress = settings.Options.Progress;
        _useCache = settings.Options.UseCache;
        _startWorker = node => _ = WorkAsync(node);
    }

    public Task<PipelineRun> RunAsync()
    {
        _clock = Stopwatch.GetTimestamp();
        for (var i = 0; i < _states.Length; i++)
        {
            _states[i] = new NodeState { Pending = _nodes[i].UpstreamCount };
        }

        var reused = _settings.Resumed is null ? null : ReuseCompleted(_settings.Resumed);
        for (var i = 0; i < _states.Length; i++)
        {
            if (_states[i].Result is null && _states[i].Pending == 0)
            {
                // Ready nodes start in body order, so a run with MaxParallelism = 1 executes in a predictable order.
                _ready.Enqueue(i, i);
            }
        }

        if (_progress is not null)
        {
            foreach (var step in reused ?? [])
            {
                Report(step);
            }

            for (var i = 0; i < _states.Length; i++)
            {
                if (_states[i].Result is null)
                {
                    Report(new StepRun { Name = _nodes[i].Node.Name, Status = StepStatus.Waiting });
                }
            }
        }

        bool finish;
        lock (_gate)
        {
            Dispatch();
            finish = _running == 0 && !_finishing;
            _finishing |= finish;
        }

        if (finish)
        {
            _ = FinishAsync();
        }

        return _completion.Task;
    }

    /// <summary>Starts workers for ready nodes while the parallelism allows. Called under <see cref="_gate"/>.</summary>
    private void Dispatch()
    {
        if (_recorder?.Failure is not null)
        {
            return;
        }

        while (_running < _settings.MaxParallelism && !_cancellationToken.IsCancellationRequested && _ready.TryDequeue(out var next, out _))
        {
            _running++;
            StarvationGuard.Queue(new WorkTicket(_startWorker, next));
        }
    }

    private async Task WorkAsync(int index)
    {
        while (true)
        {
            try
            {
                await ExecuteAsync(index).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // ExecuteAsync turns step errors into results; this catches the runtime's own (a throwing logger factory),
                // so that the node still finishes and the run still ends.
                _states[index].Result ??= Failed(_nodes[index].Node, 0, Stopwatch.GetTimestamp(), null, ex);
            }

            List<StepRun>? skipped = null;
            var next = -1;
            bool finish;
            lock (_gate)
            {
                var result = _states[index].Result!;
                if (result.Status == StepStatus.Succeeded)
                {
                    foreach (var dependent in _nodes[index].Dependents)
                    {
                        if (--_states[dependent].Pending == 0)
                        {
                            _ready.Enqueue(dependent, dependent);
                        }
                    }
                }
                else if (result.Status == StepStatus.Failed)
                {
                    skipped = SkipDependents(index);
                }

                // Keep this worker's slot for the next ready node: a chain of synchronous steps runs on one thread.
                if (_recorder?.Failure is not null || _cancellationToken.IsCancellationRequested || !_ready.TryDequeue(out next, out _))
                {
                    next = -1;
                    _running--;
                }

                Dispatch();
                finish = _running == 0 && !_finishing;
                _finishing |= finish;
            }

            if (skipped is not null)
            {
                foreach (var step in skipped)
                {
                    Report(step);
                }
            }

            if (finish)
            {
                await FinishAsync().ConfigureAwait(false);
                return;
            }

            if (next < 0)
            {
                return;
            }

            index = next;
        }
    }

    /// <summary>Marks every transitive dependent of a failed node skipped. Called under <see cref="_gate"/>.</summary>
    private List<StepRun> SkipDependents(int failed)
    {
        var failedName = _nodes[failed].Node.Name;
        var skipped = new List<StepRun>();
        var stack = new Stack<int>(_nodes[failed].Dependents);
        while (stack.TryPop(out var index))
        {
            // A dependent of a failed node never started (it lacks an input), so the scheduler owns its result.
            if (_states[index].Result is not null)
            {
                continue;
            }

            var node = _nodes[index].Node;
            var step = new StepRun
            {
                Name = node.Name,
                Status = StepStatus.Skipped,
                Error = $"Step '{node.Name}' was skipped because step '{failedName}' failed.",
            };
            _states[index].Result = step;
            skipped.Add(step);
            RecordUnrun(node, step);
            foreach (var dependent in _nodes[index].Dependents)
            {
                stack.Push(dependent);
            }
        }

        return skipped;
    }

    private async Task FinishAsync()
    {
        try
        {
            var duration = Stopwatch.GetElapsedTime(_clock);
            var steps = new StepRun[_nodes.Length];
            var cancelled = false;
            string? error = null;
            for (var i = 0; i < _nodes.Length; i++)
            {
                var step = _states[i].Result;
                if (step is null)
                {
                    // Only cancellation (or a store that stopped recording) leaves a node unfinished.
                    step = new StepRun { Name = _nodes[i].Node.Name, Status = StepStatus.Cancelled };
                    _states[i].Result = step;
                    RecordUnrun(_nodes[i].Node, step);
                    Report(step);
                }

                steps[i] = step;
                switch (step.Status)
                {
                    case StepStatus.Cancelled:
                        cancelled = true;
                        break;
                    case StepStatus.Failed:
                        error ??= step.Error;
                        break;
                }
            }

            var status = cancelled ? RunStatus.Cancelled : error is not null ? RunStatus.Failed : RunStatus.Succeeded;
            if (_recorder is not null)
            {
                var failure = _recorder.Failure ?? await _recorder.FinishAsync(_settings.RunId, status, DateTimeOffset.UtcNow, status == RunStatus.Failed ? error : null)
                    .ConfigureAwait(false);
                if (failure is not null)
                {
                    _recorder.Dispose();
                    status = RunStatus.Failed;
                    error = $"The run could not be recorded in the store at {_recorder.StorePath}: {failure.Message}";
                }
            }

            _completion.TrySetResult(new PipelineRun(_settings.RunId, _plan.Definition, status, steps, _settings.LogicalTime, duration,
                status == RunStatus.Failed ? error : null, new EngineOutputs(this), _recorder?.StorePath));
        }
        catch (Exception ex)
        {
            _completion.TrySetException(ex);
        }
    }

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

    /// <summary>The run's outputs for <see cref="PipelineRun"/>: values held in memory, or read from the store on first use.</summary>
    private sealed class EngineOutputs(RunEngine engine) : RunOutputs
    {
        public override bool TryGet(StepNode node, int output, out object? value)
        {
            value = null;
            if (!engine._plan.NodeIndex.TryGetValue(node.Name, out var index) || !ReferenceEquals(engine._nodes[index].Node, node))
            {
                return false;
            }

            var state = engine._states[index];
            if (!state.Succeeded || output >= state.Outputs.Length)
            {
                return false;
            }

            if (state.Outputs[output].TryGetValue(out value))
            {
                return true;
            }

            // Reading a stored value is synchronous work under an async signature (SQLite, a file, a serializer over memory).
            value = engine.LoadAsync(index, output, CancellationToken.None).AsTask().GetAwaiter().GetResult().Value;
            return true;
        }
    }
}
