namespace Weft.Storage;

/// <summary>A serialized value, hashed: small ones kept in memory for the database, larger ones already written as an object.</summary>
/// <param name="Id">The content id.</param>
/// <param name="Size">The byte count.</param>
/// <param name="Inline">The bytes, when small enough to store inline; otherwise <see langword="null"/>.</param>
internal sealed record StoredBytes(string Id, long Size, byte[]? Inline);
