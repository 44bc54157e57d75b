using System.Formats.Tar;
using Weft.Storage;

namespace Weft;

/// <summary>
/// Reads an archive written by <see cref="ArtifactArchive"/> into a read-only folder under the temporary folder keyed by
/// the archive's SHA-256, keeping the original name. The tree is unpacked under a private staging name and moved into
/// place with one rename, so a concurrent reader sees either nothing or the whole tree, and equal content is unpacked once.
/// </summary>
internal static class ArtifactExtraction
{
    private const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private const UnixFileMode ReadOnlyExecutable = ReadOnlyFile | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>The folder that holds read-back artifacts, one sub-folder per content hash.</summary>
    public static string Root => Path.Combine(Path.GetTempPath(), "weft-artifacts");

    /// <summary>Unpacks <paramref name="source"/> and returns the artifact's name and local path.</summary>
    /// <param name="source">The stored archive.</param>
    /// <param name="folder">Whether the archive holds an <see cref="ArtifactDirectory"/> (else one <see cref="ArtifactFile"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async ValueTask<(string Name, string Path)> ReadAsync(Stream source, bool folder, CancellationToken cancellationToken)
    {
        var root = Root;
        Directory.CreateDirectory(root);
        var staging = Path.Combine(root, ".staging-" + Path.GetRandomFileName());
        Directory.CreateDirectory(staging);
        try
        {
            var archive = Path.Combine(staging, "archive.tar");
            var key = await CopyAndHashAsync(source, archive, cancellationToken).ConfigureAwait(false);
            var final = Path.Combine(root, key);
            var name = await ReadNameAsync(archive, folder, cancellationToken).ConfigureAwait(false);
            if (!Directory.Exists(final))
            {
                var tree = Path.Combine(staging, "tree");
                Directory.CreateDirectory(tree);
                await ExtractAsync(archive, tree, cancellationToken).ConfigureAwait(false);
                MakeReadOnly(Path.Combine(tree, name));
                try
                {
                    Directory.Move(tree, final);
                }
                catch (IOException) when (Directory.Exists(final))
                {
                    // Another reader of the same content won the rename; its tree is identical.
                }
            }

            return (name, Path.Combine(final, name));
        }
        finally
        {
            DeleteStaging(staging);
        }
    }

    /// <summary>Copies the archive to <paramref name="path"/> and returns its SHA-256 in hex (the name of the folder it is read into).</summary>
    private static async ValueTask<string> CopyAndHashAsync(Stream source, string path, CancellationToken cancellationToken)
    {
        var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await using (target.ConfigureAwait(false))
        {
            return (await ContentHasher.CopyAsync(source, target, cancellationToken).ConfigureAwait(false))[ContentHash.Prefix.Length..];
        }
    }

    /// <summary>Checks every entry (kind, name, no escape from the artifact) and returns the artifact's name.</summary>
    private static async ValueTask<string> ReadNameAsync(string archive, bool folder, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(archive);
        await using (stream.ConfigureAwait(false))
        {
            var reader = new TarReader(stream);
            await using (reader.ConfigureAwait(false))
            {
                string? name = null;
                var count = 0;
                while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
                {
                    count++;
                    var segments = entry.Name.TrimEnd('/').Split('/');
                    if (segments.Any(s => !ArtifactNames.IsValid(s))
                        || entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.Directory)
                        || (folder ? count == 1 ? entry.EntryType != TarEntryType.Directory || segments.Length != 1 : segments.Length < 2
                                   : count > 1 || entry.EntryType != TarEntryType.RegularFile || segments.Length != 1))
                    {
                        throw Malformed(folder, $"unexpected entry '{entry.Name}' ({entry.EntryType})");
                    }

                    name ??= segments[0];
                    if (!string.Equals(segments[0], name, StringComparison.Ordinal))
                    {
                        throw Malformed(folder, $"entry '{entry.Name}' is outside '{name}'");
                    }
                }

                return name ?? throw Malformed(folder, "the archive is empty");
            }
        }
    }

    private static async ValueTask ExtractAsync(string archive, string tree, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(archive);
        await using (stream.ConfigureAwait(false))
        {
            var reader = new TarReader(stream);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
                {
                    var path = Path.Combine(tree, entry.Name.TrimEnd('/').Replace('/', Path.DirectorySeparatorChar));
                    if (entry.EntryType == TarEntryType.Directory)
                    {
                        Directory.CreateDirectory(path);
                        continue;
                    }

                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await entry.ExtractToFileAsync(path, overwrite: false, cancellationToken).ConfigureAwait(false);
                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(path, (entry.Mode & UnixFileMode.UserExecute) != 0 ? ReadOnlyExecutable : ReadOnlyFile);
                    }
                }
            }
        }
    }

    private static void MakeReadOnly(string path)
    {
        if (File.Exists(path))
        {
            if (OperatingSystem.IsWindows())
            {
                File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
            }

            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories).Append(path))
        {
            if (OperatingSystem.IsWindows())
            {
                if (File.Exists(entry))
                {
                    File.SetAttributes(entry, File.GetAttributes(entry) | FileAttributes.ReadOnly);
                }
            }
            else if (Directory.Exists(entry))
            {
                File.SetUnixFileMode(entry, ReadOnlyExecutable);
            }
        }
    }

    private static void DeleteStaging(string staging)
    {
        try
        {
            if (!Directory.Exists(staging))
            {
                return;
            }

            // A tree that lost the rename race is read-only; it has to be writable again to be deleted.
            foreach (var entry in Directory.EnumerateFileSystemEntries(staging, "*", SearchOption.AllDirectories))
            {
                if (OperatingSystem.IsWindows())
                {
                    File.SetAttributes(entry, FileAttributes.Normal);
                }
                else if (Directory.Exists(entry))
                {
                    File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            Directory.Delete(staging, recursive: true);
        }
        catch (IOException)
        {
            // Leftover staging folders hold nothing anyone reads; failing the step over one would lose a good result.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static ArtifactFormatException Malformed(bool folder, string detail)
        => new($"The stored {(folder ? "ArtifactDirectory" : "ArtifactFile")} is not an archive Weft wrote: {detail}.");
}
