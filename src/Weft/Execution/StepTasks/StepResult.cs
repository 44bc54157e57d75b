namespace Weft;

/// <summary>
/// What one step process did, written atomically as <see cref="StepTaskFiles.ResultPath"/> once its attempt ended. The
/// orchestrator reads it and records the step run, its artifacts, metrics and lineage exactly as an in-process run does.
/// A step process that dies first (a crash, a kill, <c>Environment.Exit</c> inside the step) leaves no result: its exit code
/// and logs then tell what happened.
/// </summary>
public sealed record StepResult
{
    /// <summary>The file format's version (<see cref="StepTask.CurrentFormat"/>).</summary>
    public int Format { get; init; } = StepTask.CurrentFormat;

    /// <summary>The pipeline's name, as in the task.</summary>
    public required string Pipeline { get; init; }

    /// <summary>The node that ran, as in the task.</summary>
    public required string Step { get; init; }

    /// <summary>The run's id, as in the task.</summary>
    public required string RunId { get; init; }

    /// <summary>The attempt, as in the task.</summary>
    public required int Attempt { get; init; }

    /// <summary>How the attempt ended.</summary>
    public required StepResultStatus Status { get; init; }

    /// <summary>One entry per step output, in <see cref="StepNode.Outputs"/> order, when the step succeeded.</summary>
    public IReadOnlyList<StepResultOutput> Outputs { get; init; } = [];

    /// <summary>What the step logged with <see cref="Step.LogMetric(string, double)"/>, in order.</summary>
    public IReadOnlyList<StepResultMetric> Metrics { get; init; } = [];

    /// <summary>What the step logged with <see cref="Step.LogMetadata(string, string)"/>, in order.</summary>
    public IReadOnlyList<StepResultMetadata> Metadata { get; init; } = [];

    /// <summary>The failure, when <see cref="Status"/> is <see cref="StepResultStatus.Failed"/>.</summary>
    public StepResultError? Error { get; init; }

    /// <summary>When the step process started the attempt (after reading its task).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the attempt ended (outputs stored).</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The step's log, relative to the store folder, if the step process wrote one.</summary>
    public string? LogPath { get; init; }

    /// <summary>The container image the step process ran in (<see cref="ContainerImage.Current"/>), if it ran in one.</summary>
    public string? Image { get; init; }
}
