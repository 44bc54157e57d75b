using System.Text;
using Weft.Storage;

namespace Weft;

/// <summary>
/// A recorded run's view of its parameter values: each one serialized (for the records and for resuming), a
/// <see cref="DataFile"/>'s content hash, and the canonical text that enters cache keys, which for a data file is its
/// content hash, so a changed file invalidates and a moved one does not.
/// </summary>
internal sealed class ParameterValues
{
    private ParameterValues(string?[] serialized, string?[] contentHashes, DataFileContent[]?[] files)
    {
        Serialized = serialized;
        ContentHashes = contentHashes;
        Files = files;
        KeyTexts = new string?[serialized.Length];
        for (var i = 0; i < serialized.Length; i++)
        {
            KeyTexts[i] = contentHashes[i] ?? serialized[i];
        }
    }

    public string?[] Serialized { get; }

    public string?[] ContentHashes { get; }

    public string?[] KeyTexts { get; }

    /// <summary>For a <see cref="DataFile"/> parameter (or an array of them): each file as it was hashed, in order; else <see langword="null"/>.</summary>
    public DataFileContent[]?[] Files { get; }

    /// <exception cref="ArgumentException">A <see cref="DataFile"/> argument names a file that cannot be read.</exception>
    public static Task<ParameterValues> ComputeAsync(PipelineDefinition definition, object?[] values, CancellationToken cancellationToken)
        => ComputeAsync(definition, values, known: null, cancellationToken);

    /// <summary>As <see cref="ComputeAsync(PipelineDefinition, object?[], CancellationToken)"/>, with data files another process already hashed.</summary>
    /// <param name="definition">The pipeline.</param>
    /// <param name="values">One value per parameter.</param>
    /// <param name="known">Per parameter, its files as hashed when the run started (a run file of steps that prepare their own tasks); those are not read again.</param>
    /// <param name="cancellationToken">Stops the serialization.</param>
    /// <exception cref="ArgumentException">A <see cref="DataFile"/> argument that is not known names a file that cannot be read.</exception>
    public static async Task<ParameterValues> ComputeAsync(PipelineDefinition definition, object?[] values, IReadOnlyList<StepTaskDataFile>?[]? known,
        CancellationToken cancellationToken)
    {
        var serialized = new string?[values.Length];
        var hashes = new string?[values.Length];
        var files = new DataFileContent[]?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = definition.Parameters[i];
            using (var stream = new MemoryStream())
            {
                await parameter.Serializer.WriteObjectAsync(values[i], stream, cancellationToken).ConfigureAwait(false);
                serialized[i] = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
            }

            if (known?[i] is { } hashed)
            {
                files[i] = [.. hashed.OrderBy(f => f.Index).Select(f => new DataFileContent(f.Path, System.IO.Path.GetFullPath(f.Path), f.ContentHash, f.Size))];
            }

            switch (values[i])
            {
                case DataFile file:
                    files[i] ??= [HashFile(definition, parameter, file)];
                    hashes[i] = files[i]![0].ContentHash;
                    break;
                case IEnumerable<DataFile> many:
                    files[i] ??= [.. many.Select(f => HashFile(definition, parameter, f))];
                    hashes[i] = ContentHash.Of(Encoding.UTF8.GetBytes(string.Join('\n', files[i]!.Select(f => f.ContentHash))));
                    break;
            }
        }

        return new ParameterValues(serialized, hashes, files);
    }

    /// <summary>The values a recorded run was given, read back with the parameters' serializers.</summary>
    /// <exception cref="InvalidOperationException">A parameter without a default has no recorded value (the pipeline changed), or a value no longer reads.</exception>
    public static async Task<object?[]> RestoreAsync(PipelineDefinition definition, RunRecord run, CancellationToken cancellationToken)
    {
        var values = new object?[definition.Parameters.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = definition.Parameters[i];
            var recorded = run.Parameters.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.Ordinal));
            if (recorded?.Value is null)
            {
                values[i] = parameter.HasDefault
                    ? parameter.DefaultValue
                    : throw new InvalidOperationException($"Run {run.RunId} has no recorded value for parameter '{parameter.Name}' of pipeline '{definition.Name}', which has no default.");
                continue;
            }

            try
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(recorded.Value), writable: false);
                values[i] = await parameter.Serializer.ReadObjectAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            catch (ArtifactFormatException ex)
            {
                throw new InvalidOperationException(
                    $"Run {run.RunId} recorded parameter '{parameter.Name}' as {recorded.Value}, which is no longer a valid {parameter.TypeName}: {ex.Message}", ex);
            }
        }

        return values;
    }

    private static DataFileContent HashFile(PipelineDefinition definition, PipelineParameter parameter, DataFile file)
    {
        try
        {
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var hash = ContentHash.Of(stream);
            return new DataFileContent(file.Path, file.FullPath, hash, stream.Position);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException(ex is FileNotFoundException or DirectoryNotFoundException
                ? $"Parameter '{parameter.Name}' of pipeline '{definition.Name}' names data file '{file.Path}', which does not exist ({file.FullPath})."
                : $"Parameter '{parameter.Name}' of pipeline '{definition.Name}' names data file '{file.Path}', which cannot be read: {ex.Message}", ex);
        }
    }
}
