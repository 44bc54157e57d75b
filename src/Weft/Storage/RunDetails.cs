namespace Weft.Storage;

/// <summary>A run and what happened to each of its nodes.</summary>
/// <param name="Run">The run.</param>
/// <param name="Steps">The latest step run of each recorded node, in the order the nodes started (a resumed run's earlier failed attempts are in <paramref name="History"/>).</param>
/// <param name="History">Every step run of the run, oldest first.</param>
public sealed record RunDetails(RunRecord Run, IReadOnlyList<StepRunRecord> Steps, IReadOnlyList<StepRunRecord> History);
