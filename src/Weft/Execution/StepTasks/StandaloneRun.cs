namespace Weft;

/// <summary>
/// What every step of a run whose steps prepare their own tasks (<c>app step … --prepare</c>: rendered Kubernetes Jobs, an
/// Argo Workflow) shares, written once as <c>tasks/&lt;run&gt;/run.json</c> by the first step that prepares its task and read
/// by the others: the seed and logical time each step sees, the parameters, and the code fingerprint of each step. With no
/// orchestrator to hand these out, the first step's view becomes the run's, so every step computes what it would in one run
/// orchestrated from one program.
/// </summary>
public sealed record StandaloneRun
{
    /// <summary>The file format's version (<see cref="StepTask.CurrentFormat"/>).</summary>
    public int Format { get; init; } = StepTask.CurrentFormat;

    /// <summary>The pipeline's name.</summary>
    public required string Pipeline { get; init; }

    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }

    /// <summary>The run seed.</summary>
    public required long Seed { get; init; }

    /// <summary>The run's logical time (<see cref="Step.Now"/>): when the first step prepared its task.</summary>
    public required DateTimeOffset LogicalTime { get; init; }

    /// <summary>Every pipeline parameter with its canonical (serialized) value, in declaration order.</summary>
    public IReadOnlyList<StandaloneRunParameter> Parameters { get; init; } = [];

    /// <summary>Every step's code fingerprint in the program that started the run, in body order.</summary>
    public IReadOnlyList<StandaloneRunStep> Steps { get; init; } = [];
}
