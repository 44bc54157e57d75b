namespace Weft.Storage;

/// <summary>A stored artifact is missing or its bytes no longer hash to its id (a truncated, edited or deleted object).</summary>
public sealed class ArtifactIntegrityException : StoreException
{
    /// <summary>Creates an exception naming the artifact and where its bytes were expected.</summary>
    public ArtifactIntegrityException(string artifactId, string? location, string problem)
        : base($"Artifact {artifactId}{(location is null ? string.Empty : $" ({location})")} {problem}.")
    {
        ArtifactId = artifactId;
        Location = location;
    }

    /// <summary>The artifact's id.</summary>
    public string ArtifactId { get; }

    /// <summary>The object file's path, or <see langword="null"/> for an artifact stored inline in the database.</summary>
    public string? Location { get; }
}
