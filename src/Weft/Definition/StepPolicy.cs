namespace Weft;

/// <summary>How a step runs: retries, caching and placement, from <c>[Step]</c>, <c>[Resources]</c> and <c>[Image]</c>.</summary>
/// <param name="Retries">How many times a failed attempt is retried.</param>
/// <param name="Cache">Whether cached results may be reused.</param>
/// <param name="CacheVersion">A user-chosen version that enters the cache key.</param>
/// <param name="Resources">Requested resources, if any.</param>
/// <param name="Image">Container image, if any.</param>
public sealed record StepPolicy(int Retries = 0, bool Cache = true, string? CacheVersion = null, ResourceRequest? Resources = null, string? Image = null)
{
    /// <summary>No retries, cache on, no placement.</summary>
    public static StepPolicy Default { get; } = new();
}
