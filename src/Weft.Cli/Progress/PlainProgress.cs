namespace Weft.Cli.Progress;

/// <summary>
/// One line per step event, for logs and pipes: <c>Fit  running</c>, then <c>Fit  succeeded  1.20 s</c>. Lines never
/// interleave, although steps report from several threads.
/// </summary>
internal sealed class PlainProgress : IRunProgress, IProgress<StepRun>
{
    private readonly TextWriter _output;
    private readonly Lock _gate = new();
    private int _nameWidth;

    public PlainProgress(TextWriter output) => _output = output;

    public async Task<PipelineRun> TrackAsync(PipelineDefinition definition, Func<IProgress<StepRun>, Task<PipelineRun>> run)
    {
        _nameWidth = definition.Nodes.Count == 0 ? 0 : definition.Nodes.Max(n => n.Name.Length);
        return await run(this).ConfigureAwait(false);
    }

    public void Report(StepRun value)
    {
        // Every step is waiting when a run starts: a line each would only repeat the graph.
        if (value.Status == StepStatus.Waiting)
        {
            return;
        }

        var detail = StepEventText.Detail(value);
        var line = "  " + value.Name.PadRight(_nameWidth) + "  " + StepEventText.Status(value) + (detail.Length == 0 ? string.Empty : "  " + detail);
        lock (_gate)
        {
            _output.WriteLine(line.TrimEnd());
            _output.Flush();
        }
    }
}
