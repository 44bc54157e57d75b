using Weft.Serialization;

namespace Weft;

/// <summary>
/// A folder tree a step writes and returns as an artifact (a saved TensorFlow or ONNX model folder, say).
/// <see cref="Create"/> gives a fresh, empty folder for the framework to write into; the tree, under its
/// <see cref="Name"/>, is stored as a deterministic archive (sorted entries, fixed times, owners and modes), so equal trees
/// give equal artifact ids and cache hits. A step that takes an <see cref="ArtifactDirectory"/> gets it at a read-only
/// path keyed by its content, with its original name.
/// </summary>
/// <remarks>Only regular files and folders are stored: a symbolic link in the tree fails the step that returns it.</remarks>
[Materializer(typeof(ArtifactDirectoryMaterializer))]
public sealed class ArtifactDirectory
{
    private ArtifactDirectory(string name, string path, string? createdBy)
    {
        Name = name;
        Path = path;
        CreatedBy = createdBy;
    }

    /// <summary>The folder's name (one path segment, such as <c>saved_model</c>); it is kept when the folder is read back.</summary>
    public string Name { get; }

    /// <summary>The folder's local path: where to write after <see cref="Create"/>, where to read in a step that takes it.</summary>
    public string Path { get; }

    /// <summary>The step that called <see cref="Create"/>, named in errors; <see langword="null"/> for a folder read back.</summary>
    internal string? CreatedBy { get; }

    /// <summary>
    /// Creates an empty folder named <paramref name="name"/> in a new scratch folder of the running step (a temporary
    /// folder outside a run). Write the tree into it, then return this value from the step.
    /// </summary>
    /// <param name="name">The folder's name: one path segment, without directory separators.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, <c>.</c>/<c>..</c> or holds a separator or invalid character.</exception>
    public static ArtifactDirectory Create(string name)
    {
        ArtifactNames.Validate(name, nameof(name));
        var path = System.IO.Path.Combine(ArtifactScratch.NewFolder(), name);
        Directory.CreateDirectory(path);
        return new ArtifactDirectory(name, path, Step.Name);
    }

    /// <summary>Wraps a folder that has been read back from the store.</summary>
    internal static ArtifactDirectory Materialized(string name, string path) => new(name, path, null);

    /// <inheritdoc />
    public override string ToString() => Path;
}
