using System.Globalization;
using Weft.Storage;

namespace Weft;

/// <summary>
/// The step process's side of data files (<see cref="StepTaskParameter.Files"/>): each file of a parameter's value is read
/// where the task says (the store's imported copy, or the path itself), checked against the content hash the run's cache
/// key holds, and handed to the step as a <see cref="DataFile"/> that keeps the original file name.
/// </summary>
internal static class StepDataFiles
{
    /// <summary>The value with each data file replaced by the checked file this process reads.</summary>
    /// <exception cref="InvalidDataException">A file is missing or its content is not what the run started with; the message says what to do.</exception>
    public static object? Resolve(object? value, StepTaskParameter entry, string step, StepTaskFiles files)
    {
        var listed = entry.Files ?? [];
        switch (value)
        {
            case DataFile:
                return listed.Count == 1 && listed[0].Index == 0
                    ? Checked(listed[0], entry, step, files)
                    : throw Unexpected(entry, step, "one data file");
            case IList<DataFile> list:
                if (listed.Count != list.Count)
                {
                    throw Unexpected(entry, step, string.Create(CultureInfo.InvariantCulture, $"{list.Count} data files"));
                }

                // An array is written in place; a read-only list would throw, and the generator only binds arrays.
                foreach (var file in listed)
                {
                    list[file.Index] = Checked(file, entry, step, files);
                }

                return list;
            default:
                throw Unexpected(entry, step, value is null ? "no value" : $"a {value.GetType().Name}");
        }
    }

    private static DataFile Checked(StepTaskDataFile file, StepTaskParameter entry, string step, StepTaskFiles files)
    {
        var imported = file.StorePath is not null;
        var location = imported ? Path.GetFullPath(Path.Combine(files.StorePath, file.StorePath!)) : Path.GetFullPath(file.Path);
        var who = $"Parameter '{entry.Parameter}' (input '{entry.Input}' of step '{step}')";
        long size;
        string actual;
        try
        {
            using var stream = new FileStream(location, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            actual = ContentHash.Of(stream);
            size = stream.Position;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidDataException(imported
                ? $"{who}: the store has no copy of data file '{file.Path}' at {location}, where the run imported it ({file.ContentHash}) when it started: "
                  + "is this step's store the orchestrator's (the same volume)? Run the pipeline again to import the file anew."
                : $"{who}: data file '{file.Path}' does not exist here ({location}), but the run started with it ({file.ContentHash}): "
                  + "every step must see the file the run was started with; give it to them at that path, or start the run where they do.", ex);
        }

        if (size != file.Size || !string.Equals(actual, file.ContentHash, StringComparison.Ordinal))
        {
            var sizes = string.Create(CultureInfo.InvariantCulture, $"{actual} ({size} bytes)");
            var started = string.Create(CultureInfo.InvariantCulture, $"{file.ContentHash} ({file.Size} bytes)");
            throw new InvalidDataException(imported
                ? $"{who}: the store's copy of data file '{file.Path}' at {location} hashes to {sizes}, but the run imported {started}, which its cache key holds: "
                  + $"the copy was changed or damaged after the import. Delete {location} and run the pipeline again: the run imports the file anew."
                : $"{who}: data file '{file.Path}' ({location}) hashes to {sizes} here, but the run started with {started}, which its cache key holds: "
                  + "the file this step sees is not the one the run was started with (changed since, or another copy, such as one in an image). Give every step the same file, or start a new run.");
        }

        return DataFile.From(imported ? Named(location, file, entry, files) : location);
    }

    /// <summary>
    /// A link to the store's copy named as the original file (<c>tasks/&lt;run&gt;/&lt;step&gt;/data/&lt;input&gt;/&lt;index&gt;/houses.csv</c>),
    /// so that code which looks at the name or extension sees what it would see in process; the copy itself where links
    /// cannot be made.
    /// </summary>
    private static string Named(string location, StepTaskDataFile file, StepTaskParameter entry, StepTaskFiles files)
    {
        var name = file.Path[(file.Path.LastIndexOfAny(['/', '\\']) + 1)..];
        if (name.Length == 0 || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            return location;
        }

        try
        {
            var folder = Path.Combine(files.Directory, "data", entry.Input, file.Index.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var link = Path.Combine(folder, name);
            File.Delete(link);
            File.CreateSymbolicLink(link, Path.GetRelativePath(folder, location));
            return link;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException or ArgumentException)
        {
            return location;
        }
    }

    private static InvalidOperationException Unexpected(StepTaskParameter entry, string step, string what)
    {
        var count = (entry.Files?.Count ?? 0).ToString(CultureInfo.InvariantCulture);
        return new($"The task lists {count} data files for parameter '{entry.Parameter}' (input '{entry.Input}' of step '{step}'), whose value holds {what}: "
            + "the task was written by another build of the pipeline; run the step with the program that orchestrates the run.");
    }
}
