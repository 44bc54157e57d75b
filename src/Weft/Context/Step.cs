using Microsoft.Extensions.Logging;

namespace Weft;

/// <summary>
/// The deterministic facade a step uses instead of the clock, the global random generator and the console.
/// Inside a run it is backed by the running step; called outside a run (a unit test calling the step method
/// directly) it gives a fixed default context, so step code stays reproducible either way.
/// </summary>
public static class Step
{
    private static readonly AsyncLocal<StepContext?> s_current = new();

    /// <summary>The context of the running step, or <see langword="null"/> outside a run.</summary>
    public static StepContext? Current => s_current.Value;

    private static StepContext Context => s_current.Value ?? DefaultContext.Instance;

    /// <summary>The run's id (<c>"local"</c> outside a run).</summary>
    public static string RunId => Context.RunId;

    /// <summary>The node name of the running step.</summary>
    public static string Name => Context.StepName;

    /// <summary>The 1-based attempt number; greater than 1 when the step is being retried.</summary>
    public static int Attempt => Context.Attempt;

    /// <summary>A seed derived from the run seed and the step's identity. Use it to seed libraries (<c>new MLContext(seed: Step.Seed)</c>).</summary>
    public static int Seed => Context.Seed;

    /// <summary>
    /// A random generator seeded with <see cref="Seed"/>. Use it instead of <c>new Random()</c> or <c>Random.Shared</c>,
    /// whose values differ on every run and so break caching and reruns.
    /// </summary>
    public static Random Random => Context.Random;

    /// <summary>
    /// The run's recorded logical start time. Use it instead of <c>DateTime.Now</c>, which differs on every run and
    /// would make a step's output depend on when it ran.
    /// </summary>
    public static DateTimeOffset Now => Context.Now;

    /// <summary>The step's logger; its output is captured with the run.</summary>
    public static ILogger Logger => Context.Logger;

    /// <summary>Cancelled when the run is cancelled.</summary>
    public static CancellationToken CancellationToken => Context.CancellationToken;

    /// <summary>
    /// A GUID drawn from the step's seeded generator. Use it instead of <c>Guid.NewGuid()</c>, which differs on every run.
    /// </summary>
    public static Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>Records a metric of the running step (for example an evaluation score).</summary>
    public static void LogMetric(string name, double value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Context.AddMetric(name, value);
    }

    /// <summary>Records a metadata entry of the running step.</summary>
    public static void LogMetadata(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        Context.AddMetadata(key, value);
    }

    /// <summary>Makes <paramref name="context"/> current for the calling async flow; dispose the result to restore the previous one.</summary>
    public static IDisposable Enter(StepContext context)
    {
        var previous = s_current.Value;
        s_current.Value = context;
        return new Scope(previous);
    }

    private sealed class Scope(StepContext? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }

    private static class DefaultContext
    {
        // A fresh context per access would hand out a new Random each time; one shared instance matches what a
        // test calling a step twice would expect from a single "run".
        public static readonly StepContext Instance = new("local", "local", 1, StepContext.DefaultRunSeed, StepContext.DefaultNow, null, CancellationToken.None);
    }
}
