using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Weft.Cli.Progress;

/// <summary>
/// A table redrawn in place while the run goes: each step's state and time, and a count line. Large pipelines show only
/// the steps that are running or failed, so the table stays a screenful.
/// </summary>
internal sealed class LiveProgress : IRunProgress, IProgress<StepRun>
{
    // Beyond this many nodes, finished steps leave the table and only the counts remember them.
    internal const int AllRowsLimit = 30;
    private static readonly TimeSpan s_refreshInterval = TimeSpan.FromMilliseconds(100);

    private readonly IAnsiConsole _console;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StepState> _states = new(StringComparer.Ordinal);
    private IReadOnlyList<StepNode> _nodes = [];

    public LiveProgress(IAnsiConsole console) => _console = console;

    public static LiveProgress ForWriter(TextWriter output) => new(AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(output),
    }));

    public async Task<PipelineRun> TrackAsync(PipelineDefinition definition, Func<IProgress<StepRun>, Task<PipelineRun>> run)
    {
        _nodes = definition.Nodes;
        foreach (var node in definition.Nodes)
        {
            _states[node.Name] = new StepState(new StepRun { Name = node.Name, Status = StepStatus.Waiting });
        }

        return await _console.Live(Render()).AutoClear(false).StartAsync(async context =>
        {
            var running = run(this);
            while (!running.IsCompleted)
            {
                context.UpdateTarget(Render());
                await Task.WhenAny(running, Task.Delay(s_refreshInterval)).ConfigureAwait(false);
            }

            context.UpdateTarget(Render());
            return await running.ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public void Report(StepRun value)
    {
        lock (_gate)
        {
            if (!_states.TryGetValue(value.Name, out var state))
            {
                _states[value.Name] = state = new StepState(value);
            }

            if (value.Status == StepStatus.Running && state.Last.Status != StepStatus.Running)
            {
                state.Clock.Restart();
            }

            state.Last = value;
        }
    }

    internal IRenderable Render()
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Step").AddColumn("Status").AddColumn(new TableColumn("Time").RightAligned());
        int done = 0, cached = 0, running = 0, failed = 0;
        lock (_gate)
        {
            foreach (var node in _nodes)
            {
                var state = _states[node.Name];
                var step = state.Last;
                switch (step.Status)
                {
                    case StepStatus.Succeeded when step.Cached:
                        cached++;
                        done++;
                        break;
                    case StepStatus.Succeeded:
                        done++;
                        break;
                    case StepStatus.Running:
                        running++;
                        break;
                    case StepStatus.Failed:
                        failed++;
                        break;
                }

                if (_nodes.Count <= AllRowsLimit || step.Status is StepStatus.Running or StepStatus.Failed)
                {
                    table.AddRow(new Text(node.Name), new Markup(StatusMarkup(step)), new Text(Time(state)));
                }
            }
        }

        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{done}/{_nodes.Count} done, {cached} cached, {running} running, {failed} failed");
        return new Rows(table, new Text(counts));
    }

    private static string StatusMarkup(StepRun step)
    {
        var text = Markup.Escape(StepEventText.Status(step));
        return step.Status switch
        {
            StepStatus.Running => $"[yellow]{text}[/]",
            StepStatus.Succeeded when step.Cached => $"[blue]{text}[/]",
            StepStatus.Succeeded => $"[green]{text}[/]",
            StepStatus.Failed => $"[red]{text}[/]",
            _ => $"[grey]{text}[/]",
        };
    }

    private static string Time(StepState state) => state.Last.Status switch
    {
        StepStatus.Running => DurationText.Of(state.Clock.Elapsed),
        StepStatus.Succeeded when !state.Last.Cached => DurationText.Of(state.Last.Duration),
        StepStatus.Failed => DurationText.Of(state.Last.Duration),
        _ => string.Empty,
    };

    private sealed class StepState(StepRun last)
    {
        public StepRun Last { get; set; } = last;

        public Stopwatch Clock { get; } = new();
    }
}
