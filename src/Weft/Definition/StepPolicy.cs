namespace Weft;

/// <summary>How a step runs: retries, caching, time limit and placement, from <c>[Step]</c>, <c>[Resources]</c> and <c>[Image]</c>.</summary>
/// <param name="Retries">How many times a failed attempt is retried.</param>
/// <param name="Cache">Whether cached results may be reused.</param>
/// <param name="CacheVersion">A user-chosen version that enters the cache key.</param>
/// <param name="Resources">Requested resources, if any.</param>
/// <param name="Image">Container image, if any.</param>
/// <param name="Timeout">
/// How long one attempt may run (<c>[Step(TimeoutSeconds = n)]</c>); <see langword="null"/> for no limit. An attempt that
/// exceeds it fails (and is retried like any failed attempt): in process its <see cref="CancellationToken"/> is cancelled and
/// the run stops waiting for it; out of process its process is killed.
/// </param>
public sealed record StepPolicy(int Retries = 0, bool Cache = true, string? CacheVersion = null, ResourceRequest? Resources = null, string? Image = null,
    TimeSpan? Timeout = null)
{
    /// <summary>No retries, cache on, no time limit, no placement.</summary>
    public static StepPolicy Default { get; } = new();
}
