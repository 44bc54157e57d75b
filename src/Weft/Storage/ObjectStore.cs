namespace Weft.Storage;

/// <summary>
/// The <c>objects/</c> folder: one file per artifact too large to keep inline, named after its content hash
/// (<c>objects/ab/cdef…</c>), written under a temporary name and renamed into place so that no partial object is ever
/// visible under an id.
/// </summary>
internal sealed class ObjectStore
{
    // Bits of the 256 two-digit prefix folders known to exist, so that a busy run does not ask the file system each time.
    private readonly bool[] _prefixCreated = new bool[256];

    /// <summary>How long a temporary file may go unwritten before it counts as left behind by a dead process.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    public ObjectStore(StoreLayout layout) => Layout = layout;

    public StoreLayout Layout { get; }

    /// <summary>The object's path relative to the store root, as recorded in the database.</summary>
    public static string RelativePath(string id) => $"objects/{id.AsSpan(ContentHash.Prefix.Length, 2)}/{id.AsSpan(ContentHash.Prefix.Length + 2)}";

    public string PathOf(string id)
        => Path.Combine(Layout.ObjectsPath, id.Substring(ContentHash.Prefix.Length, 2), id[(ContentHash.Prefix.Length + 2)..]);

    public string NewTempPath()
    {
        Directory.CreateDirectory(Layout.TempPath);
        return Path.Combine(Layout.TempPath, $"{Guid.NewGuid():N}.tmp");
    }

    /// <summary>
    /// Moves a complete temporary file into place as object <paramref name="id"/>. Another writer may have stored the same
    /// content first; its object is already right, so the temporary file is dropped, unless the existing object has the
    /// wrong size (truncated or overwritten). With <paramref name="replace"/> an existing object found damaged is always
    /// overwritten.
    /// </summary>
    public void Commit(string tempPath, string id, bool replace)
    {
        var target = PathOf(id);
        var prefix = Convert.ToInt32(id.Substring(ContentHash.Prefix.Length, 2), 16);
        if (!Volatile.Read(ref _prefixCreated[prefix]))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Volatile.Write(ref _prefixCreated[prefix], true);
        }

        try
        {
            File.Move(tempPath, target, overwrite: replace);
        }
        catch (IOException) when (!replace && File.Exists(target))
        {
            if (new FileInfo(target).Length == new FileInfo(tempPath).Length)
            {
                File.Delete(tempPath);
            }
            else
            {
                File.Move(tempPath, target, overwrite: true);
            }
        }
    }

    /// <summary>Writes bytes whose id is known as object <paramref name="id"/>: to a temporary file, durably, then renamed into place.</summary>
    public void Write(string id, ReadOnlySpan<byte> bytes, bool replace)
    {
        var temp = NewTempPath();
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            Commit(temp, id, replace);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// Deletes temporary files a killed process left behind: those not written to for a day. A live writer's file is
    /// younger than that, so a store shared by several processes never loses an object being written.
    /// </summary>
    public void RemoveAbandonedTemporaryFiles()
    {
        try
        {
            var cutoff = DateTime.UtcNow - AbandonedAfter;
            foreach (var file in new DirectoryInfo(Layout.TempPath).EnumerateFiles("*.tmp"))
            {
                if (file.LastWriteTimeUtc < cutoff)
                {
                    file.Delete();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy: another process may be deleting the same files.
        }
    }

    /// <summary>Reads an object's bytes and checks them against its id.</summary>
    /// <exception cref="ArtifactIntegrityException">The object is missing, has the wrong size, or its bytes hash to another id.</exception>
    public byte[] ReadVerified(string id, long expectedSize)
    {
        var path = PathOf(id);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArtifactIntegrityException(id, path, "is missing: its object file does not exist");
        }

        Verify(id, path, bytes, expectedSize);
        return bytes;
    }

    /// <summary>Whether the object exists with the recorded size: a cheap check before reusing it from the cache.</summary>
    public bool LooksIntact(string id, long expectedSize)
    {
        var info = new FileInfo(PathOf(id));
        return info.Exists && info.Length == expectedSize;
    }

    public static void Verify(string id, string? location, ReadOnlySpan<byte> bytes, long expectedSize)
    {
        if (bytes.Length != expectedSize)
        {
            throw new ArtifactIntegrityException(id, location, $"is corrupt: it has {bytes.Length} bytes, {expectedSize} were stored");
        }

        var actual = ContentHash.Of(bytes);
        if (!string.Equals(actual, id, StringComparison.Ordinal))
        {
            throw new ArtifactIntegrityException(id, location, $"is corrupt: its bytes hash to {actual}");
        }
    }
}
