namespace Weft.Storage;

/// <summary>Where a stored output lives: its content id, size, and whether its bytes are an object file (else inline in the database).</summary>
/// <param name="Id">The content id.</param>
/// <param name="Size">The byte count.</param>
/// <param name="IsFile">Whether the bytes are in <c>objects/</c>.</param>
internal readonly record struct ArtifactRef(string Id, long Size, bool IsFile);
