using Weft.Serialization;

namespace Weft;

/// <summary>
/// A file a step writes and returns as an artifact (a framework's saved model, say). <see cref="Create"/> gives a fresh
/// path for the framework to write to; the file's bytes, under its <see cref="Name"/>, are stored content-addressed, so
/// equal files give equal artifact ids and cache hits. A step that takes an <see cref="ArtifactFile"/> gets it at a
/// read-only path keyed by its content, with its original name.
/// </summary>
[Materializer(typeof(ArtifactFileMaterializer))]
public sealed class ArtifactFile
{
    private ArtifactFile(string name, string path, string? createdBy)
    {
        Name = name;
        Path = path;
        CreatedBy = createdBy;
    }

    /// <summary>The file's name (one path segment, such as <c>model.zip</c>); it is kept when the file is read back.</summary>
    public string Name { get; }

    /// <summary>The file's local path: where to write it after <see cref="Create"/>, where to read it in a step that takes it.</summary>
    public string Path { get; }

    /// <summary>The step that called <see cref="Create"/>, named in errors; <see langword="null"/> for a file read back.</summary>
    internal string? CreatedBy { get; }

    /// <summary>
    /// Makes a path named <paramref name="name"/> in a new, empty scratch folder of the running step (a temporary folder
    /// outside a run). Nothing is created at the path itself: write the file there, then return this value from the step.
    /// </summary>
    /// <param name="name">The file's name: one path segment, without directory separators.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, <c>.</c>/<c>..</c> or holds a separator or invalid character.</exception>
    public static ArtifactFile Create(string name)
    {
        ArtifactNames.Validate(name, nameof(name));
        var folder = ArtifactScratch.NewFolder();
        return new ArtifactFile(name, System.IO.Path.Combine(folder, name), Step.Name);
    }

    /// <summary>Wraps a file that has been read back from the store.</summary>
    internal static ArtifactFile Materialized(string name, string path) => new(name, path, null);

    /// <summary>Opens the file for reading.</summary>
    public Stream OpenRead() => File.OpenRead(Path);

    /// <inheritdoc />
    public override string ToString() => Path;
}
