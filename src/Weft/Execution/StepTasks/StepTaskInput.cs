namespace Weft;

/// <summary>A step input bound to another step's output, as a <see cref="StepTask"/> carries it.</summary>
/// <param name="Input">The step parameter's name (<see cref="StepInput.Name"/>).</param>
/// <param name="ArtifactId">The artifact's content id (<c>sha256:…</c>); its bytes are the object file <paramref name="Path"/>.</param>
/// <param name="Size">The artifact's size in bytes, checked with its hash before the step reads it.</param>
/// <param name="Path">The object file, relative to the store folder (<c>objects/ab/cdef…</c>).</param>
public sealed record StepTaskInput(string Input, string ArtifactId, long Size, string Path);
