using Weft.Storage;

namespace Weft;

/// <summary>One attempt of a node, as the engine hands it to its <see cref="StepAttemptRunner"/>.</summary>
internal sealed class StepAttempt
{
    public required RunSettings Settings { get; init; }

    public required NodePlan Plan { get; init; }

    public StepNode Node => Plan.Node;

    /// <summary>The 1-based attempt number.</summary>
    public required int Number { get; init; }

    /// <summary>The attempt's context: what <see cref="Step"/> returns in process, and where metrics from elsewhere are collected.</summary>
    public required StepContext Context { get; init; }

    public required StepInputs Inputs { get; init; }

    /// <summary>Overwrite stored outputs with the same ids: they were found damaged.</summary>
    public required bool Replace { get; init; }

    /// <summary>The step's log in the store, when the run is recorded.</summary>
    public StepLogger? Logger { get; init; }

    public RunRecorder? Recorder => Settings.Recorder;
}
