namespace Weft.Storage;

/// <summary>Filters for <see cref="WeftStore.ListRuns"/>. Every member is optional.</summary>
public sealed record RunQuery
{
    /// <summary>Only runs of this pipeline.</summary>
    public string? Pipeline { get; init; }

    /// <summary>Only runs with this status.</summary>
    public RunStatus? Status { get; init; }

    /// <summary>At most this many runs, newest first (default 100).</summary>
    public int Limit { get; init; } = 100;
}
