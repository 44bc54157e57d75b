using System.Formats.Tar;

namespace Weft;

/// <summary>
/// Writes <see cref="ArtifactFile"/>s and <see cref="ArtifactDirectory"/>s as deterministic tar archives: entries sorted
/// ordinally, fixed times, owner 0 and modes that keep only the executable bit, so equal content under an equal name gives
/// equal bytes (and so an equal content-addressed artifact id) on any machine, whenever and by whomever it was written.
/// </summary>
internal static class ArtifactArchive
{
    private static readonly DateTimeOffset s_fixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private const UnixFileMode ExecutableMode = FileMode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private const UnixFileMode FolderMode = ExecutableMode | UnixFileMode.UserWrite;

    public static async ValueTask WriteFileAsync(ArtifactFile file, Stream destination, CancellationToken cancellationToken)
    {
        if (!File.Exists(file.Path))
        {
            throw new FileNotFoundException(
                $"{Who(file.CreatedBy)} returned ArtifactFile '{file.Name}', but there is no file at '{file.Path}'; write the file to the ArtifactFile's Path before returning it.",
                file.Path);
        }

        await using var writer = new TarWriter(destination, TarEntryFormat.Gnu, leaveOpen: true);
        await WriteFileEntryAsync(writer, file.Path, file.Name, cancellationToken).ConfigureAwait(false);
    }

    public static async ValueTask WriteDirectoryAsync(ArtifactDirectory directory, Stream destination, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory.Path))
        {
            throw new DirectoryNotFoundException(
                $"{Who(directory.CreatedBy)} returned ArtifactDirectory '{directory.Name}', but there is no folder at '{directory.Path}'; keep the folder ArtifactDirectory.Create made and write into it before returning it.");
        }

        var entries = new List<(string Name, string Path, bool IsFolder)>();
        foreach (var info in new DirectoryInfo(directory.Path).EnumerateFileSystemInfos("*", new EnumerationOptions
                 {
                     RecurseSubdirectories = true,
                     AttributesToSkip = 0,
                     IgnoreInaccessible = false,
                     ReturnSpecialDirectories = false,
                 }))
        {
            var relative = Path.GetRelativePath(directory.Path, info.FullName).Replace('\\', '/');
            if (info.LinkTarget is not null)
            {
                throw new IOException(
                    $"{Who(directory.CreatedBy)} returned ArtifactDirectory '{directory.Name}' holding the symbolic link '{relative}' (at '{info.FullName}'); only regular files and folders are stored: copy the target into the folder instead.");
            }

            var isFolder = info is DirectoryInfo;
            entries.Add((directory.Name + "/" + relative + (isFolder ? "/" : string.Empty), info.FullName, isFolder));
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        await using var writer = new TarWriter(destination, TarEntryFormat.Gnu, leaveOpen: true);
        await writer.WriteEntryAsync(Entry(TarEntryType.Directory, directory.Name + "/", FolderMode), cancellationToken).ConfigureAwait(false);
        foreach (var (name, path, isFolder) in entries)
        {
            if (isFolder)
            {
                await writer.WriteEntryAsync(Entry(TarEntryType.Directory, name, FolderMode), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WriteFileEntryAsync(writer, path, name, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async ValueTask WriteFileEntryAsync(TarWriter writer, string path, string name, CancellationToken cancellationToken)
    {
        var executable = !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0;
        var stream = new FileStream(path, System.IO.FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var entry = Entry(TarEntryType.RegularFile, name, executable ? ExecutableMode : FileMode);
            entry.DataStream = stream;
            await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    private static GnuTarEntry Entry(TarEntryType type, string name, UnixFileMode mode) => new(type, name)
    {
        ModificationTime = s_fixedTime,
        AccessTime = s_fixedTime,
        ChangeTime = s_fixedTime,
        Mode = mode,
        Uid = 0,
        Gid = 0,
        UserName = string.Empty,
        GroupName = string.Empty,
    };

    private static string Who(string? step) => step is null or "local" ? "The step" : $"Step '{step}'";
}
