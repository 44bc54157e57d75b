namespace Weft;

/// <summary>What happened to one node of a pipeline in a run.</summary>
public sealed record StepRun
{
    /// <summary>The node's name.</summary>
    public required string Name { get; init; }

    /// <summary>The final status.</summary>
    public required StepStatus Status { get; init; }

    /// <summary>Whether the outputs were reused from the cache instead of computed.</summary>
    public bool Cached { get; init; }

    /// <summary>
    /// For a resumed run: the step completed before the resume, which kept its outputs instead of running it again (its
    /// <see cref="Duration"/> and <see cref="Attempts"/> are those of that earlier attempt).
    /// </summary>
    public bool CompletedBeforeResume { get; init; }

    /// <summary>For a cached step: the run that computed the outputs it reused.</summary>
    public string? OriginRunId { get; init; }

    /// <summary>How many attempts ran (0 when cached or skipped).</summary>
    public int Attempts { get; init; }

    /// <summary>Wall time of the step, attempts and backoff included.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>
    /// For a failed step: what failed, naming the step and the cause (<c>Step 'X' failed: ExceptionType: message</c>).
    /// For a skipped step: which upstream step failed. In the progress event of a retry (<see cref="StepStatus.Running"/>,
    /// <see cref="Attempts"/> above 1): why the attempt before it failed.
    /// </summary>
    public string? Error { get; init; }

    /// <summary>For a failed step: the exception of the last attempt, when it ran in this process.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Metrics the step logged with <see cref="Step.LogMetric"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Metrics { get; init; } = [];

    /// <summary>Metadata the step logged with <see cref="Step.LogMetadata"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];

    /// <summary>
    /// The stored artifact of each output, by output name (<c>sha256:…</c> ids); empty when the run kept nothing (an
    /// in-memory run, or a step that did not succeed).
    /// </summary>
    public IReadOnlyDictionary<string, string> Artifacts { get; init; } = StepRunDefaults.NoArtifacts;

    /// <summary>The absolute path of the step's captured log, if it logged anything.</summary>
    public string? LogPath { get; init; }
}
