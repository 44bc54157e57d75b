namespace Weft.Serialization;

/// <summary>
/// Stores an <see cref="ArtifactFile"/> as a deterministic tar archive of the one file, and reads it back into a
/// read-only location keyed by its content, under its original name.
/// </summary>
public sealed class ArtifactFileMaterializer : IMaterializer<ArtifactFile>
{
    /// <inheritdoc />
    public ValueTask WriteAsync(ArtifactFile value, Stream destination, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(destination);
        return ArtifactArchive.WriteFileAsync(value, destination, ct);
    }

    /// <inheritdoc />
    public async ValueTask<ArtifactFile> ReadAsync(Stream source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (name, path) = await ArtifactExtraction.ReadAsync(source, folder: false, ct).ConfigureAwait(false);
        return ArtifactFile.Materialized(name, path);
    }
}
