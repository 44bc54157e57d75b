namespace Weft.Serialization;

/// <summary>
/// Stores an <see cref="ArtifactDirectory"/> as a deterministic tar archive of its tree, and reads it back into a
/// read-only location keyed by its content, under its original name.
/// </summary>
public sealed class ArtifactDirectoryMaterializer : IMaterializer<ArtifactDirectory>
{
    /// <inheritdoc />
    public ValueTask WriteAsync(ArtifactDirectory value, Stream destination, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(destination);
        return ArtifactArchive.WriteDirectoryAsync(value, destination, ct);
    }

    /// <inheritdoc />
    public async ValueTask<ArtifactDirectory> ReadAsync(Stream source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (name, path) = await ArtifactExtraction.ReadAsync(source, folder: true, ct).ConfigureAwait(false);
        return ArtifactDirectory.Materialized(name, path);
    }
}
