namespace Weft;

/// <summary>
/// What an orchestrator asks one step process to do: run one attempt of one step of one run. Written by the orchestrator as
/// <see cref="StepTaskFiles.TaskPath"/> before it launches <c>app step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;dir&gt;</c>;
/// read by that process, which never opens the metadata database. Everything a step sees (<see cref="Step.Seed"/>,
/// <see cref="Step.Now"/>, its inputs) comes from here, so that the step computes what it would compute in process.
/// </summary>
public sealed record StepTask
{
    /// <summary>The version of this file's format; a step process rejects a task of a version it does not know.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The file format's version (<see cref="CurrentFormat"/>).</summary>
    public int Format { get; init; } = CurrentFormat;

    /// <summary>The pipeline's name (<see cref="PipelineDefinition.Name"/>).</summary>
    public required string Pipeline { get; init; }

    /// <summary>The node to run (<see cref="StepNode.Name"/>).</summary>
    public required string Step { get; init; }

    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }

    /// <summary>The 1-based attempt; the step process writes it back in its result, so a stale result is never taken for this attempt's.</summary>
    public required int Attempt { get; init; }

    /// <summary>The run seed from which the step's <see cref="Step.Seed"/> derives.</summary>
    public required long Seed { get; init; }

    /// <summary>The run's logical time: what the step sees as <see cref="Step.Now"/>.</summary>
    public required DateTimeOffset LogicalTime { get; init; }

    /// <summary>
    /// The step's code fingerprint in the orchestrating program. A step process built from other code refuses the task, so
    /// that an out-of-date image cannot record results under the current code's cache key.
    /// </summary>
    public required string CodeFingerprint { get; init; }

    /// <summary>
    /// Whether an existing object with an output's id must be overwritten: the orchestrator found that object damaged and
    /// recomputes it.
    /// </summary>
    public bool Repair { get; init; }

    /// <summary>The step's inputs bound to pipeline parameters, with their canonical (serialized) values.</summary>
    public IReadOnlyList<StepTaskParameter> Parameters { get; init; } = [];

    /// <summary>The step's inputs bound to other steps' outputs: each an artifact whose object file is in the store.</summary>
    public IReadOnlyList<StepTaskInput> Inputs { get; init; } = [];
}
