namespace Weft.Cli.Progress;

/// <summary>Shows a run's step events while it runs: drawn live on a terminal, written as lines to a pipe or file.</summary>
internal interface IRunProgress
{
    /// <summary>Runs <paramref name="run"/>, giving it the <see cref="IProgress{T}"/> to report to, and shows what it reports.</summary>
    Task<PipelineRun> TrackAsync(PipelineDefinition definition, Func<IProgress<StepRun>, Task<PipelineRun>> run);
}
