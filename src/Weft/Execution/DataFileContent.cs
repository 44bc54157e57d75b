namespace Weft;

/// <summary>A <see cref="DataFile"/> as a run hashed it when it started.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="FullPath">The absolute path that was read.</param>
/// <param name="ContentHash">The hash of its content (<c>sha256:…</c>), which enters the cache key and the lineage.</param>
/// <param name="Size">How many bytes were hashed.</param>
internal sealed record DataFileContent(string Path, string FullPath, string ContentHash, long Size);
