namespace Weft;

/// <summary>One output a step process stored: an object file named after its content id.</summary>
/// <param name="Name">The output's name (<see cref="StepOutput.Name"/>).</param>
/// <param name="ArtifactId">The content id (<c>sha256:…</c> of the serialized bytes).</param>
/// <param name="TypeName">The artifact's C# type.</param>
/// <param name="SchemaFingerprint">The serializer's schema fingerprint.</param>
/// <param name="Size">The serialized size in bytes.</param>
/// <param name="Path">The object file, relative to the store folder.</param>
public sealed record StepResultOutput(string Name, string ArtifactId, string TypeName, string SchemaFingerprint, long Size, string Path);
