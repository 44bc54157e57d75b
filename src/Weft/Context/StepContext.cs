using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Weft;

/// <summary>
/// The ambient state of one running step attempt, behind the <see cref="Step"/> facade. Executors create one per
/// attempt; it flows with the async context so that helpers called by the step see it too.
/// </summary>
public sealed class StepContext
{
    /// <summary>The fixed logical time used outside a run, so that step methods called from unit tests are deterministic.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The run seed used when none is given (reruns reproduce by default).</summary>
    public const long DefaultRunSeed = 20_000_101;

    private Random? _random;

    // Created on first use: most steps log neither, and a run creates a context per step attempt.
    private List<KeyValuePair<string, double>>? _metrics;
    private List<KeyValuePair<string, string>>? _metadata;

    /// <summary>Creates a context.</summary>
    public StepContext(string runId, string stepName, int attempt, long runSeed, DateTimeOffset now, ILogger? logger, CancellationToken cancellationToken)
    {
        RunId = runId;
        StepName = stepName;
        Attempt = attempt;
        Seed = DeriveSeed(runSeed, stepName);
        Now = now;
        Logger = logger ?? NullLogger.Instance;
        CancellationToken = cancellationToken;
    }

    /// <summary>The run's id.</summary>
    public string RunId { get; }

    /// <summary>The node name of the running step.</summary>
    public string StepName { get; }

    /// <summary>The 1-based attempt number.</summary>
    public int Attempt { get; }

    /// <summary>The step's seed, derived from the run seed and the step's identity.</summary>
    public int Seed { get; }

    /// <summary>The run's recorded logical start time.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The step's logger.</summary>
    public ILogger Logger { get; }

    /// <summary>Cancelled when the run is cancelled.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>A generator seeded with <see cref="Seed"/>, created on first use.</summary>
    public Random Random => _random ??= new Random(Seed);

    /// <summary>Metrics logged by the step, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Metrics => (IReadOnlyList<KeyValuePair<string, double>>?)Volatile.Read(ref _metrics) ?? [];

    /// <summary>Metadata logged by the step, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata => (IReadOnlyList<KeyValuePair<string, string>>?)Volatile.Read(ref _metadata) ?? [];

    /// <summary>The container image another process ran the attempt in (its step result says), recorded with the step run.</summary>
    internal string? Image { get; set; }

    /// <summary>
    /// When and how long the step really ran, as a step process elsewhere reported it, for the record of a run collected
    /// after its steps ran (see <see cref="StandaloneRunRecorder"/>); otherwise the engine's own clock counts.
    /// </summary>
    internal (DateTimeOffset Start, TimeSpan Duration)? ReportedTiming { get; set; }

    internal void AddMetric(string name, double value)
    {
        var metrics = Volatile.Read(ref _metrics) ?? Interlocked.CompareExchange(ref _metrics, [], null) ?? _metrics!;
        lock (metrics)
        {
            metrics.Add(new(name, value));
        }
    }

    internal void AddMetadata(string key, string value)
    {
        var metadata = Volatile.Read(ref _metadata) ?? Interlocked.CompareExchange(ref _metadata, [], null) ?? _metadata!;
        lock (metadata)
        {
            metadata.Add(new(key, value));
        }
    }

    /// <summary>
    /// Derives a step seed with FNV-1a over the run seed and the step name: stable across processes and .NET
    /// versions, unlike <see cref="string.GetHashCode()"/>.
    /// </summary>
    public static int DeriveSeed(long runSeed, string stepName)
    {
        const ulong prime = 1099511628211UL;
        ulong hash = 14695981039346656037UL;
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(runSeed >> (8 * i))) * prime;
        }

        foreach (var c in stepName)
        {
            hash = (hash ^ (byte)c) * prime;
            hash = (hash ^ (byte)(c >> 8)) * prime;
        }

        return (int)(hash ^ (hash >> 32)) & int.MaxValue;
    }
}
