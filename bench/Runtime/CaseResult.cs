using System.Globalization;
using System.Text.Json.Serialization;

namespace RuntimeBench;

/// <summary>One measured case: a shape and size on one executor.</summary>
internal sealed record CaseResult
{
    public required string Shape { get; init; }

    public required int N { get; init; }

    public required string Executor { get; init; }

    public required int Steps { get; init; }

    /// <summary>How many first runs (and reruns) were measured; the figures are their medians.</summary>
    public int Repetitions { get; init; } = 1;

    /// <summary>Wall time of the first run (fresh store), from the call to the returned run.</summary>
    public required double FirstSeconds { get; init; }

    /// <summary>CPU time (all threads, user and system) of the first run: what the run costs regardless of other load on the machine.</summary>
    public required double FirstCpuSeconds { get; init; }

    /// <summary>Bytes allocated on the managed heap during the first run.</summary>
    public long FirstAllocatedBytes { get; init; }

    /// <summary>Garbage collections during the first run.</summary>
    public int FirstCollections { get; init; }

    /// <summary>Time the first run's threads were paused for garbage collections.</summary>
    public double FirstGcPauseSeconds { get; init; }

    /// <summary>Time the rerun's threads were paused for garbage collections.</summary>
    public double? CachedGcPauseSeconds { get; init; }

    /// <summary>CPU time of the rerun.</summary>
    public double? CachedCpuSeconds { get; init; }

    /// <summary>Wall time of the identical rerun on the same store; <see langword="null"/> when the executor keeps nothing.</summary>
    public double? CachedSeconds { get; init; }

    /// <summary>How many steps the rerun reused from the cache.</summary>
    public int CachedSteps { get; init; }

    /// <summary>The process's peak resident memory (VmHWM).</summary>
    public required double PeakMiB { get; init; }

    [JsonIgnore]
    public double MicrosecondsPerStep => FirstSeconds * 1e6 / Steps;

    [JsonIgnore]
    public double CpuMicrosecondsPerStep => FirstCpuSeconds * 1e6 / Steps;

    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Executor,-9} {Shape,-5} N={N,-7} steps={Steps,-7} first={FirstSeconds:F3}s ({MicrosecondsPerStep:F1} us/step wall, {CpuMicrosecondsPerStep:F1} us/step cpu, {FirstAllocatedBytes / (double)Steps:F0} B/step, {FirstCollections} GCs) cached={(CachedSeconds is { } c ? $"{c:F3}s cpu {CachedCpuSeconds:F3}s ({CachedSteps} hits)" : "-")} peak={PeakMiB:F0} MiB");
}
