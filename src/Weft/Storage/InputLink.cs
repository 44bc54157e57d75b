namespace Weft.Storage;

/// <summary>What one input of a step run was bound to: the lineage edge into the step.</summary>
/// <param name="Name">The step's parameter name.</param>
/// <param name="Kind">Artifact, parameter or constant.</param>
/// <param name="ArtifactId">For an artifact: its id (<c>sha256:…</c>).</param>
/// <param name="Parameter">For a parameter: the pipeline parameter's name.</param>
/// <param name="Value">For a parameter: its value as serialized; for a constant: its canonical text.</param>
/// <param name="ContentHash">For a <see cref="DataFile"/> parameter: the hash of the file's content (<c>sha256:…</c>).</param>
public sealed record InputLink(string Name, InputKind Kind, string? ArtifactId = null, string? Parameter = null, string? Value = null, string? ContentHash = null);
