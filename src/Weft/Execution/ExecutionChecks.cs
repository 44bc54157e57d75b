namespace Weft;

/// <summary>The checks every in-process executor makes before a run starts.</summary>
internal static class ExecutionChecks
{
    /// <exception cref="ArgumentException">The definition is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RunOptions.MaxParallelism"/> is less than 1.</exception>
    public static (ExecutionPlan Plan, int MaxParallelism) Validate(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Definition, nameof(request.Definition));
        ArgumentNullException.ThrowIfNull(request.Options, nameof(request.Options));
        ArgumentException.ThrowIfNullOrEmpty(request.RunId, nameof(request.RunId));
        var plan = ExecutionPlan.For(request.Definition);
        var maxParallelism = request.Options.MaxParallelism ?? Environment.ProcessorCount;
        if (maxParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(request), maxParallelism, "RunOptions.MaxParallelism must be at least 1.");
        }

        return (plan, maxParallelism);
    }
}
