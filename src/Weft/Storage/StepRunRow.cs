namespace Weft.Storage;

/// <summary>A step run to record, with the artifacts it stored, its metrics and metadata.</summary>
internal sealed class StepRunRow : PendingRecord
{
    public required string RunId { get; init; }

    public required string Node { get; init; }

    public required string Step { get; init; }

    public required StepStatus Status { get; init; }

    public bool Cached { get; init; }

    public long? OriginId { get; init; }

    public string? OriginRunId { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public TimeSpan Duration { get; init; }

    public string? CodeFingerprint { get; init; }

    public Digest? CacheKey { get; init; }

    /// <summary>The input links as UTF-8 JSON (see <see cref="LinkJson"/>).</summary>
    public byte[]? Inputs { get; init; }

    /// <summary>The output links as UTF-8 JSON.</summary>
    public byte[]? Outputs { get; init; }

    public string? Error { get; init; }

    public string? LogPath { get; init; }

    /// <summary>The image the step ran in, when another process ran it (a step process's result says); else this process's.</summary>
    public string? Image { get; init; }

    public ArtifactRow[]? Artifacts { get; init; }

    public IReadOnlyList<KeyValuePair<string, double>>? Metrics { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>>? Metadata { get; init; }

    /// <summary>Record <see cref="CodeFingerprint"/> as a known version of <see cref="Step"/> (the first time this run computes it).</summary>
    public bool NewFingerprint { get; init; }

    public override void Write(WriterStatements statements) => statements.InsertStepRun(this);
}
