using Weft.Storage;

namespace Weft;

/// <summary>What a <see cref="RunEngine"/> runs with: resolved once by the executor before the run starts.</summary>
internal sealed record RunSettings
{
    public required ExecutionPlan Plan { get; init; }

    public required string RunId { get; init; }

    /// <summary>One value per pipeline parameter, in declaration order.</summary>
    public required object?[] Parameters { get; init; }

    public required RunOptions Options { get; init; }

    public required int MaxParallelism { get; init; }

    public required TimeSpan RetryBaseDelay { get; init; }

    public required long Seed { get; init; }

    /// <summary>What steps see as <see cref="Step.Now"/>.</summary>
    public required DateTimeOffset LogicalTime { get; init; }

    /// <summary>The store the run records into; <see langword="null"/> for an in-memory run.</summary>
    public RunRecorder? Recorder { get; init; }

    /// <summary>The parameters' serialized values and content hashes; set with <see cref="Recorder"/>.</summary>
    public ParameterValues? ParameterValues { get; init; }

    /// <summary>For a resumed run: what it recorded before.</summary>
    public RunDetails? Resumed { get; init; }

    /// <summary>Where each attempt of a step runs: in this process (the default), or in a process or pod of its own.</summary>
    public StepAttemptRunner Runner { get; init; } = InProcessAttemptRunner.Instance;
}
