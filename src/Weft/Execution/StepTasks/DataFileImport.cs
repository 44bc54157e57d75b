using Weft.Storage;

namespace Weft;

/// <summary>
/// The orchestrator's side of data files for step processes that do not see its files (pods): when a run starts, each
/// <see cref="DataFile"/> it was given becomes a content-addressed object in the store, named by the hash the run already
/// computed for its cache key, and each step task names that object (<see cref="StepTaskDataFile.StorePath"/>).
/// </summary>
internal static class DataFileImport
{
    private const int BufferSize = 1 << 16;

    /// <summary>
    /// Copies each data file of the run into the store's objects, unless an object of its hash and size is there already (an
    /// earlier run imported it: the file is not read again). The copy is hashed as it is written and must match the hash
    /// the run started with; only then is it renamed into place, so no object ever holds other bytes than its name says.
    /// </summary>
    /// <exception cref="ArgumentException">A data file cannot be read any more, or it changed since the run hashed it.</exception>
    /// <exception cref="IOException">The store cannot take the copy.</exception>
    public static async Task ImportAsync(PipelineDefinition definition, ParameterValues values, StoreLayout layout, CancellationToken cancellationToken)
    {
        var objects = new ObjectStore(layout);
        var imported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Files.Length; i++)
        {
            foreach (var file in values.Files[i] ?? [])
            {
                if (imported.Add(file.ContentHash) && !objects.LooksIntact(file.ContentHash, file.Size))
                {
                    await CopyAsync(definition, definition.Parameters[i], file, objects, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>What a step task says of a data file parameter's files when its step process reads the store's copies.</summary>
    public static StepTaskDataFile[] Entries(DataFileContent[] files)
    {
        var entries = new StepTaskDataFile[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            entries[i] = new StepTaskDataFile(i, files[i].Path, files[i].ContentHash, files[i].Size, ObjectStore.RelativePath(files[i].ContentHash));
        }

        return entries;
    }

    private static async Task CopyAsync(PipelineDefinition definition, PipelineParameter parameter, DataFileContent file, ObjectStore objects,
        CancellationToken cancellationToken)
    {
        FileStream source;
        try
        {
            source = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan | FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException(
                $"Parameter '{parameter.Name}' of pipeline '{definition.Name}' names data file '{file.Path}', which could not be read again to import it into the store ({file.FullPath}): {ex.Message}",
                ex);
        }

        var temp = objects.NewTempPath();
        try
        {
            string copied;
            await using (source.ConfigureAwait(false))
            {
                var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
                await using (target.ConfigureAwait(false))
                {
                    copied = await ContentHasher.CopyAsync(source, target, cancellationToken).ConfigureAwait(false);
                    // Durable before visible, as every object: a step must never find the name with the bytes lost.
                    target.Flush(flushToDisk: true);
                }
            }

            if (!string.Equals(copied, file.ContentHash, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Parameter '{parameter.Name}' of pipeline '{definition.Name}' names data file '{file.Path}', which changed while the run started: "
                    + $"it hashed to {file.ContentHash}, then its copy into the store to {copied}. Start the run again once nothing writes to {file.FullPath}.");
            }

            objects.Commit(temp, file.ContentHash, replace: File.Exists(objects.PathOf(file.ContentHash)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"Data file '{file.Path}' of parameter '{parameter.Name}' could not be imported into the store at {objects.Layout.Root}, where the step pods read it: {ex.Message}", ex);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
