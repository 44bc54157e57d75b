using Microsoft.Extensions.Logging;

namespace Weft;

/// <summary>Options of one pipeline run. Every member is optional.</summary>
public sealed record RunOptions
{
    /// <summary>The run seed from which each step's <see cref="Step.Seed"/> derives; a fixed default keeps reruns reproducible.</summary>
    public long? Seed { get; init; }

    /// <summary>Whether cached step results may be reused (default <see langword="true"/>).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>How many steps may run at once (default: the processor count).</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>The artifact and metadata store folder (default <c>.weft/</c> under the working directory, or <c>WEFT_STORE</c>).</summary>
    public string? StorePath { get; init; }

    /// <summary>Where steps run: <c>inprocess</c> (default), <c>process</c> or <c>kubernetes</c>.</summary>
    public string? Orchestrator { get; init; }

    /// <summary>A human-readable name for the run.</summary>
    public string? RunName { get; init; }

    /// <summary>Free-form tags recorded with the run.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>
    /// Creates the loggers behind <see cref="Step.Logger"/> (one per step, with category <c>Pipeline.Step</c>) and the
    /// runtime's own log (<c>Weft.Runtime</c>). Default: logging is discarded.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// Receives each step's status changes for progress display: <see cref="StepStatus.Waiting"/> for every step when the
    /// run starts, <see cref="StepStatus.Running"/> once per attempt, then the final status (a cache hit is
    /// <see cref="StepStatus.Succeeded"/> with <see cref="StepRun.Cached"/> set; a step a resumed run had already completed
    /// reports its recorded result at the start). It may be called from several threads at once; exceptions it throws are
    /// ignored so that a faulty display cannot break a run.
    /// </summary>
    public IProgress<StepRun>? Progress { get; init; }
}
