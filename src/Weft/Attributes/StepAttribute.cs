namespace Weft;

/// <summary>
/// Marks a static, non-generic method as a pipeline step: a node of the graph whose outputs are typed artifacts.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class StepAttribute : Attribute
{
    /// <summary>The node name; defaults to the method name.</summary>
    public string? Name { get; set; }

    /// <summary>Whether results of this step may be reused from the cache. Defaults to <see langword="true"/>.</summary>
    public bool Cache { get; set; } = true;

    /// <summary>How many times a failed attempt is retried (0 = run once).</summary>
    public int Retries { get; set; }

    /// <summary>
    /// A version string that enters the cache key: bump it to invalidate cached results when something the code
    /// fingerprint cannot see (an external model, a data convention) changed.
    /// </summary>
    public string? CacheVersion { get; set; }

    /// <summary>
    /// How many seconds one attempt may run (0 = no limit). An attempt that takes longer fails with a timeout error naming
    /// the step and the limit, and is retried like any failed attempt (<see cref="Retries"/>).
    /// </summary>
    public int TimeoutSeconds { get; set; }
}
