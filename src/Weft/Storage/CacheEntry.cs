namespace Weft.Storage;

/// <summary>A computed step run whose outputs can be reused: the target of a cache hit.</summary>
/// <param name="StepRunId">The step run that computed the outputs.</param>
/// <param name="RunId">Its run.</param>
/// <param name="Outputs">Its outputs as recorded (the <c>outputs</c> column's JSON, UTF-8).</param>
/// <param name="Logged">Whether it logged metrics or metadata, which a cache hit reports as its own.</param>
internal sealed record CacheEntry(long StepRunId, string RunId, byte[] Outputs, bool Logged);
