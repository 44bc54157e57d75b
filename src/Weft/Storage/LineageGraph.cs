namespace Weft.Storage;

/// <summary>
/// What an artifact or a run came from: the step runs that computed it and, transitively, their inputs. A graph rather
/// than a tree, because an artifact often feeds several steps.
/// </summary>
/// <param name="Root">The artifact id or run id the lineage was asked for.</param>
/// <param name="Steps">
/// The step runs, producers before consumers. Cached step runs are replaced by the step runs that computed their outputs,
/// so every entry has its real inputs.
/// </param>
/// <param name="Artifacts">Every artifact those step runs read or wrote, by id.</param>
public sealed record LineageGraph(string Root, IReadOnlyList<StepRunRecord> Steps, IReadOnlyDictionary<string, ArtifactRecord> Artifacts);
