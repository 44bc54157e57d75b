namespace Weft;

/// <summary>
/// An external input file (a path or a <c>file://</c> URI). Its content hash, not its name, enters the cache key
/// and the lineage, so a changed file is seen rather than guessed.
/// </summary>
public sealed class DataFile : IEquatable<DataFile>
{
    private DataFile(string path) => Path = path;

    /// <summary>The file's path as given (relative paths resolve against the working directory).</summary>
    public string Path { get; }

    /// <summary>The absolute path of the file.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path);

    /// <summary>Creates a reference to a file.</summary>
    /// <param name="pathOrUri">A file-system path or a <c>file://</c> URI.</param>
    /// <exception cref="ArgumentException">The argument is empty or a URI of another scheme.</exception>
    public static DataFile From(string pathOrUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrUri);
        if (Uri.TryCreate(pathOrUri, UriKind.Absolute, out var uri) && !uri.IsFile && pathOrUri.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException($"DataFile '{pathOrUri}': only local paths and file:// URIs are supported.", nameof(pathOrUri));
        }

        return new DataFile(uri is { IsFile: true } && pathOrUri.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? uri.LocalPath : pathOrUri);
    }

    /// <summary>Opens the file for reading.</summary>
    public Stream OpenRead() => File.OpenRead(Path);

    /// <inheritdoc />
    public bool Equals(DataFile? other) => other is not null && string.Equals(FullPath, other.FullPath, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataFile);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(FullPath);

    /// <inheritdoc />
    public override string ToString() => Path;
}
