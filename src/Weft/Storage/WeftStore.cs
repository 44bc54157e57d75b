using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>
/// A store folder opened for reading: runs, step runs, artifacts and lineage, as pipelines recorded them. Runs write to
/// the store themselves (<see cref="PipelineRunner"/>); this class is what a command line or a notebook reads it with.
/// </summary>
/// <remarks>
/// The folder holds <c>weft.db</c> (SQLite in WAL mode: runs, step runs, artifacts, lineage links, parameters, metrics,
/// metadata and code fingerprints), <c>objects/</c> (artifacts too large to keep inline, named by content hash) and
/// <c>logs/</c> (what each step wrote to <see cref="Step.Logger"/>). Several processes may use one store at once.
/// Members are thread-safe.
/// </remarks>
public sealed class WeftStore : IDisposable
{
    private readonly StoreLayout _layout;
    private readonly SqliteConnection _connection;
    private readonly StoreQueries _queries;
    private readonly ObjectStore _objects;
    private readonly Lock _gate = new();
    private bool _disposed;

    private WeftStore(StoreLayout layout, SqliteConnection connection)
    {
        _layout = layout;
        _connection = connection;
        _queries = new StoreQueries(connection, layout);
        _objects = new ObjectStore(layout);
    }

    /// <summary>The environment variable that names the default store folder (<c>WEFT_STORE</c>).</summary>
    public const string EnvironmentVariable = StoreLayout.EnvironmentVariable;

    /// <summary>The store folder's absolute path.</summary>
    public string Path => _layout.Root;

    /// <summary>The metadata database's absolute path (<c>weft.db</c> in the folder).</summary>
    public string DatabasePath => _layout.DatabasePath;

    /// <summary>
    /// The folder a store option names: <paramref name="path"/> if given, else the <c>WEFT_STORE</c> environment variable,
    /// else <c>.weft</c> under the working directory. Always absolute.
    /// </summary>
    public static string ResolvePath(string? path = null) => StoreLayout.Resolve(path);

    /// <summary>
    /// Opens the store at <paramref name="path"/> (resolved with <see cref="ResolvePath"/>), creating the folder and an
    /// empty database if there is none, and bringing an older database's schema up to date.
    /// </summary>
    /// <exception cref="StoreException">The database is corrupt, not a SQLite database, or from a newer Weft; the message is one line.</exception>
    public static WeftStore Open(string? path = null)
    {
        var layout = new StoreLayout(StoreLayout.Resolve(path));
        return new WeftStore(layout, OpenDatabase(layout));
    }

    /// <summary>A store path that names an existing file is a mistake in the path, reported as such rather than as a failed create.</summary>
    /// <exception cref="StoreException"><paramref name="root"/> is a file.</exception>
    internal static void CheckNotAFile(string root)
    {
        if (File.Exists(root))
        {
            throw new StoreException($"The store at {root} is a file, not a folder: name a folder for the store (a new one, or one that holds a store).");
        }
    }

    /// <summary>Whether the folder <paramref name="path"/> names (resolved with <see cref="ResolvePath"/>) holds a store: its <c>weft.db</c> exists.</summary>
    public static bool Exists(string? path = null) => File.Exists(new StoreLayout(StoreLayout.Resolve(path)).DatabasePath);

    /// <summary>Opens a store that must already exist, as <see cref="Open"/> does.</summary>
    /// <exception cref="StoreException">There is no store at the folder, or it is not usable.</exception>
    public static WeftStore OpenExisting(string? path = null)
    {
        var root = StoreLayout.Resolve(path);
        return Exists(root) ? Open(root) : throw new StoreException($"There is no store at {root}: no run has been recorded there.");
    }

    /// <summary>Runs, newest first.</summary>
    public IReadOnlyList<RunRecord> ListRuns(RunQuery? query = null)
        => Read(() => _queries.ListRuns(query ?? new RunQuery()));

    /// <summary>A run by id, or by a prefix of its id that only one run has; <see langword="null"/> if there is none.</summary>
    /// <exception cref="StoreException">The prefix matches several runs.</exception>
    public RunRecord? FindRun(string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return Read(() => _queries.FindRun(runId.Trim()));
    }

    /// <summary>A run (by id or unique prefix) with its step runs; <see langword="null"/> if there is none.</summary>
    /// <exception cref="StoreException">The prefix matches several runs.</exception>
    public RunDetails? GetRun(string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return Read(() =>
        {
            var run = _queries.FindRun(runId.Trim());
            if (run is null)
            {
                return null;
            }

            var history = _queries.StepRunsOfRun(run.RunId);
            var latest = new Dictionary<string, StepRunRecord>(StringComparer.Ordinal);
            foreach (var step in history)
            {
                latest[step.Node] = step;
            }

            return new RunDetails(run, [.. latest.Values.OrderBy(s => s.StartedAt ?? s.FinishedAt ?? DateTimeOffset.MaxValue).ThenBy(s => s.Id)], history);
        });
    }

    /// <summary>
    /// An artifact by id (<c>sha256:…</c>) or by a prefix that only one artifact has (<c>sha256:ab12</c> or <c>ab12</c>);
    /// <see langword="null"/> if there is none.
    /// </summary>
    /// <exception cref="StoreException">The prefix matches several artifacts.</exception>
    public ArtifactRecord? FindArtifact(string artifactId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactId);
        return Read(() => _queries.FindArtifact(artifactId.Trim()));
    }

    /// <summary>The serialized bytes of an artifact, checked against its id.</summary>
    /// <exception cref="StoreException">There is no such artifact.</exception>
    /// <exception cref="ArtifactIntegrityException">Its bytes are missing or damaged.</exception>
    public byte[] ReadArtifactBytes(string artifactId)
    {
        var record = FindArtifact(artifactId) ?? throw new StoreException($"The store at {Path} has no artifact '{artifactId}'.");
        var content = Read(() => _queries.ArtifactContent(record.Id))
            ?? throw new StoreException($"The store at {Path} has no artifact '{artifactId}'.");
        if (content.IsFile)
        {
            return _objects.ReadVerified(record.Id, content.Size);
        }

        var bytes = content.Content ?? [];
        ObjectStore.Verify(record.Id, null, bytes, content.Size);
        return bytes;
    }

    /// <summary>An artifact's value, read with <paramref name="serializer"/> (the serializer of the output that produced it).</summary>
    /// <exception cref="StoreException">There is no such artifact.</exception>
    /// <exception cref="ArtifactIntegrityException">Its bytes are missing or damaged.</exception>
    /// <exception cref="ArtifactFormatException">The bytes are not a value of the serializer's shape.</exception>
    public async ValueTask<object?> ReadArtifactValueAsync(string artifactId, IArtifactSerializer serializer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        using var stream = new MemoryStream(ReadArtifactBytes(artifactId), writable: false);
        return await serializer.ReadObjectAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An artifact's value, read with the serializer of the output that produced it, found through <see cref="PipelineCatalog"/>:
    /// the producing pipeline must be compiled into this program.
    /// </summary>
    /// <exception cref="StoreException">There is no such artifact, or its producing pipeline, step or output is not known here.</exception>
    /// <exception cref="ArtifactIntegrityException">Its bytes are missing or damaged.</exception>
    public ValueTask<object?> ReadArtifactValueAsync(string artifactId, CancellationToken cancellationToken = default)
    {
        var record = FindArtifact(artifactId) ?? throw new StoreException($"The store at {Path} has no artifact '{artifactId}'.");
        return ReadArtifactValueAsync(record.Id, SerializerOf(record), cancellationToken);
    }

    /// <summary>The serializer of the output that produced <paramref name="artifact"/>, found through <see cref="PipelineCatalog"/>.</summary>
    /// <exception cref="StoreException">The producing pipeline, step or output is not known in this program.</exception>
    public static IArtifactSerializer SerializerOf(ArtifactRecord artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        if (artifact.ProducerPipeline is null || artifact.ProducerNode is null || artifact.ProducerOutput is null)
        {
            throw new StoreException($"Artifact {artifact.Id} has no recorded producer, so its serializer is unknown.");
        }

        if (!PipelineCatalog.TryGet(artifact.ProducerPipeline, out var definition))
        {
            throw new StoreException($"Artifact {artifact.Id} was produced by pipeline '{artifact.ProducerPipeline}', which is not compiled into this program.");
        }

        if (!definition.TryGetNode(artifact.ProducerNode, out var node) || node.Outputs.FirstOrDefault(o => o.Name == artifact.ProducerOutput) is not { } output)
        {
            throw new StoreException($"Artifact {artifact.Id} was produced by {artifact.ProducerPipeline}.{artifact.ProducerNode} output '{artifact.ProducerOutput}', which pipeline '{artifact.ProducerPipeline}' no longer has.");
        }

        return output.Serializer;
    }

    /// <summary>
    /// Where an artifact or every artifact of a run came from: the step runs that computed it and, recursively, those that
    /// computed their inputs, with parameters, constants and data file hashes on the edges.
    /// </summary>
    /// <param name="artifactOrRunId">An artifact id or a run id (or a unique prefix of either; runs are tried first).</param>
    /// <exception cref="StoreException">Nothing has that id, or a prefix is ambiguous.</exception>
    public LineageGraph GetLineage(string artifactOrRunId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactOrRunId);
        var id = artifactOrRunId.Trim();
        return Read(() => new LineageBuilder(_queries).Build(id)
            ?? throw new StoreException($"The store at {Path} has no run or artifact '{id}'."));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _disposed = true;
                _connection.Dispose();
            }
        }
    }

    /// <summary>Opens the database of a store folder, creating and migrating it as needed.</summary>
    internal static SqliteConnection OpenDatabase(StoreLayout layout)
    {
        CheckNotAFile(layout.Root);
        try
        {
            layout.Create();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(
                $"The store at {layout.Root} cannot be created: {ex.Message.TrimEnd('.')}. Choose a folder this user can create and write to.", ex);
        }

        var connection = Database.Open(layout);
        try
        {
            Migrations.Apply(connection, layout.Root);
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Database.Unusable(layout, ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private T Read<T>(Func<T> query)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return query();
            }
            catch (SqliteException ex)
            {
                throw Database.Unusable(_layout, ex);
            }
        }
    }
}
