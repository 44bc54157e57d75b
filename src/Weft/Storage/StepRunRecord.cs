namespace Weft.Storage;

/// <summary>One execution (or cache hit) of a node in a run, as the store recorded it.</summary>
public sealed record StepRunRecord
{
    /// <summary>The record's id in the store.</summary>
    public required long Id { get; init; }

    /// <summary>The run it belongs to.</summary>
    public required string RunId { get; init; }

    /// <summary>The pipeline of that run.</summary>
    public required string Pipeline { get; init; }

    /// <summary>The node's name (<c>Load</c>, <c>Load_2</c>).</summary>
    public required string Node { get; init; }

    /// <summary>The step method (<c>Namespace.Type.Method</c>): the pipeline-independent identity of the step.</summary>
    public required string Step { get; init; }

    /// <summary>The outcome.</summary>
    public required StepStatus Status { get; init; }

    /// <summary>Whether the outputs were reused from <see cref="OriginStepRunId"/> instead of computed.</summary>
    public bool Cached { get; init; }

    /// <summary>For a cached step run: the step run that computed the outputs.</summary>
    public long? OriginStepRunId { get; init; }

    /// <summary>For a cached step run: the run that computed the outputs.</summary>
    public string? OriginRunId { get; init; }

    /// <summary>How many attempts ran (0 when cached or skipped).</summary>
    public int Attempts { get; init; }

    /// <summary>When the step started (UTC), if it did.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished (UTC).</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Wall time, attempts and backoff included.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>The step's code fingerprint when it ran.</summary>
    public string? CodeFingerprint { get; init; }

    /// <summary>The cache key of the computed outputs (<c>sha256:…</c>); <see langword="null"/> when not cacheable or not computed.</summary>
    public string? CacheKey { get; init; }

    /// <summary>For a failed or skipped step: what went wrong.</summary>
    public string? Error { get; init; }

    /// <summary>The absolute path of the step's captured log, if it logged anything.</summary>
    public string? LogPath { get; init; }

    /// <summary>The container image the step ran in, when it ran in one (for a cached step run: the image of the run that reused it).</summary>
    public string? Image { get; init; }

    /// <summary>What each input was bound to; for a cached step run, those of the step run that computed the outputs.</summary>
    public IReadOnlyList<InputLink> Inputs { get; init; } = [];

    /// <summary>The artifacts the step produced (or reused), in output order.</summary>
    public IReadOnlyList<OutputLink> Outputs { get; init; } = [];

    /// <summary>Metrics the step logged with <see cref="Weft.Step.LogMetric"/>, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Metrics { get; init; } = [];

    /// <summary>Metadata the step logged with <see cref="Weft.Step.LogMetadata"/>, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];
}
