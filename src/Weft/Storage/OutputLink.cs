namespace Weft.Storage;

/// <summary>One output of a step run: the artifact it produced.</summary>
/// <param name="Name">The output's name (<c>value</c>, or the tuple element's name).</param>
/// <param name="ArtifactId">The artifact's id (<c>sha256:…</c>).</param>
/// <param name="Size">The artifact's size in bytes.</param>
/// <param name="InObjectFile">Whether its bytes are an object file under <c>objects/</c> (else inline in the database).</param>
public sealed record OutputLink(string Name, string ArtifactId, long Size, bool InObjectFile);
