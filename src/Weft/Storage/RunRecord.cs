namespace Weft.Storage;

/// <summary>A pipeline run as the store recorded it.</summary>
public sealed record RunRecord
{
    /// <summary>The run's id (<c>20261128-174355-ab12cd</c>).</summary>
    public required string RunId { get; init; }

    /// <summary>The pipeline's name.</summary>
    public required string Pipeline { get; init; }

    /// <summary>The full name of the pipeline class.</summary>
    public required string PipelineType { get; init; }

    /// <summary>The name given with <see cref="RunOptions.RunName"/>, if any.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The recorded status. <see cref="RunStatus.Running"/> while a process runs it, and also after that process died
    /// without finishing it (see <see cref="Abandoned"/>).
    /// </summary>
    public required RunStatus Status { get; init; }

    /// <summary>
    /// Whether the run is recorded as running but the process that ran it (on this host) no longer exists: it was killed
    /// and can be resumed.
    /// </summary>
    public bool Abandoned { get; init; }

    /// <summary>When the run first started (UTC, wall clock).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it last finished, if it did.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The run's logical time: what its steps saw as <see cref="Step.Now"/>; a resumed run keeps it.</summary>
    public required DateTimeOffset LogicalTime { get; init; }

    /// <summary>The run seed from which each step's <see cref="Step.Seed"/> derives.</summary>
    public required long Seed { get; init; }

    /// <summary>Whether cached results could be reused (<see cref="RunOptions.UseCache"/>).</summary>
    public required bool UseCache { get; init; }

    /// <summary>The source revision (git commit) of the pipeline's assembly, when it was built from a repository.</summary>
    public string? SourceRevision { get; init; }

    /// <summary>The orchestrator that ran it (<c>inprocess</c>).</summary>
    public string? Orchestrator { get; init; }

    /// <summary>The process that runs or last ran it, as <c>host:pid</c>.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// The container image that ran it (<see cref="ContainerImage.Current"/> of the orchestrating process), when it ran in one.
    /// </summary>
    public string? Image { get; init; }

    /// <summary>How many times the run was resumed.</summary>
    public int Resumes { get; init; }

    /// <summary>When the latest resume started; <see langword="null"/> for a run that was never resumed.</summary>
    public DateTimeOffset? ResumedAt { get; init; }

    /// <summary>
    /// For a resumed run, the time it spent running before its latest resume (the waits between a failure and a resume do
    /// not count); <see cref="TimeSpan.Zero"/> otherwise.
    /// </summary>
    public TimeSpan EarlierDuration { get; init; }

    /// <summary>
    /// How long the run has spent running, over all its resumes; <see langword="null"/> while it is unfinished.
    /// </summary>
    public TimeSpan? Duration => FinishedAt is { } finished ? EarlierDuration + (finished - (ResumedAt ?? StartedAt)) : null;

    /// <summary>For a failed run: the failing step and its error.</summary>
    public string? Error { get; init; }

    /// <summary>The run's parameters, in the pipeline's declaration order.</summary>
    public IReadOnlyList<ParameterRecord> Parameters { get; init; } = [];

    /// <summary>The tags given with <see cref="RunOptions.Tags"/>, sorted by key.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}
