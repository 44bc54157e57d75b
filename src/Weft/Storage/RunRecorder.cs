using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>
/// The store side of one run: records the run, stores step outputs as artifacts (inline below
/// <see cref="InlineThreshold"/>, as object files above), queues step runs for the batched writer, reads artifacts back
/// (verified), and knows the cache entries the run can hit.
/// </summary>
internal sealed class RunRecorder : IDisposable
{
    /// <summary>
    /// Serialized outputs up to this size live in the database: a row is cheaper to write and read than a file until
    /// values reach tens of kilobytes, and small values are most of a pipeline's artifacts.
    /// </summary>
    public const int InlineThreshold = 32 * 1024;

    private readonly StoreLayout _layout;
    private readonly ObjectStore _objects;
    private readonly Lock _readGate = new();
    private SqliteConnection? _setup;
    private StoreWriter? _writer;
    private SqliteConnection? _reader;
    private SqliteCommand? _readContent;
    private CacheIndex _cache = new();
    private bool _finished;

    private RunRecorder(StoreLayout layout, SqliteConnection connection)
    {
        _layout = layout;
        _objects = new ObjectStore(layout);
        _setup = connection;
    }

    /// <summary>The store folder.</summary>
    public string StorePath => _layout.Root;

    public StoreLayout Layout => _layout;

    /// <summary>The writer's error, once it failed: the run's records are incomplete.</summary>
    public Exception? Failure => _writer?.Failure;

    /// <summary>Opens (creating and migrating as needed) the store a run records into.</summary>
    /// <exception cref="StoreException">The store is not usable.</exception>
    public static RunRecorder Open(string? storePath)
    {
        var layout = new StoreLayout(StoreLayout.Resolve(storePath));
        var connection = WeftStore.OpenDatabase(layout);
        new ObjectStore(layout).RemoveAbandonedTemporaryFiles();
        return new RunRecorder(layout, connection);
    }

    /// <summary>Records a new run (status Running, owned by this process) and starts the writer.</summary>
    public void BeginRun(RunStart start)
    {
        var connection = _setup ?? throw new InvalidOperationException("The run was already started.");
        try
        {
            using (var transaction = connection.BeginTransaction())
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = """
                    INSERT INTO runs (id, pipeline, pipeline_type, name, status, started_at, logical_time, seed, use_cache, source_revision, orchestrator, owner, image)
                    VALUES ($id, $pipeline, $type, $name, 'Running', $started, $logical, $seed, $cache, $revision, $orchestrator, $owner, $image)
                    """;
                command.Parameters.AddWithValue("$id", start.RunId);
                command.Parameters.AddWithValue("$pipeline", start.Pipeline);
                command.Parameters.AddWithValue("$type", start.PipelineType);
                command.Parameters.AddWithValue("$name", (object?)start.Name ?? DBNull.Value);
                command.Parameters.AddWithValue("$started", Timestamps.Format(start.StartedAt));
                command.Parameters.AddWithValue("$logical", Timestamps.Format(start.LogicalTime));
                command.Parameters.AddWithValue("$seed", start.Seed);
                command.Parameters.AddWithValue("$cache", start.UseCache ? 1 : 0);
                command.Parameters.AddWithValue("$revision", (object?)start.SourceRevision ?? DBNull.Value);
                command.Parameters.AddWithValue("$orchestrator", start.Orchestrator);
                command.Parameters.AddWithValue("$owner", RunOwner.Current);
                command.Parameters.AddWithValue("$image", (object?)ContainerImage.Current ?? DBNull.Value);
                command.ExecuteNonQuery();

                command.Parameters.Clear();
                command.CommandText = "INSERT INTO run_parameters (run_id, position, name, type, value, content_hash) VALUES ($run, $position, $name, $type, $value, $hash)";
                for (var i = 0; i < start.Parameters.Count; i++)
                {
                    var parameter = start.Parameters[i];
                    command.Parameters.Clear();
                    command.Parameters.AddWithValue("$run", start.RunId);
                    command.Parameters.AddWithValue("$position", i);
                    command.Parameters.AddWithValue("$name", parameter.Name);
                    command.Parameters.AddWithValue("$type", parameter.TypeName);
                    command.Parameters.AddWithValue("$value", (object?)parameter.Value ?? DBNull.Value);
                    command.Parameters.AddWithValue("$hash", (object?)parameter.ContentHash ?? DBNull.Value);
                    command.ExecuteNonQuery();
                }

                command.CommandText = "INSERT INTO run_tags (run_id, key, value) VALUES ($run, $key, $value)";
                foreach (var (key, value) in start.Tags ?? new Dictionary<string, string>())
                {
                    command.Parameters.Clear();
                    command.Parameters.AddWithValue("$run", start.RunId);
                    command.Parameters.AddWithValue("$key", key);
                    command.Parameters.AddWithValue("$value", value);
                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            }
        }
        catch (SqliteException ex)
        {
            throw Database.Unusable(_layout, ex);
        }

        StartWriter(start.RunId);
    }

    /// <summary>
    /// Takes over a recorded run to resume it: checks that it is of <paramref name="pipeline"/>, did not succeed, and is not
    /// running in a live process, then marks it Running under this process (atomically, so two resumes cannot both win)
    /// and starts the writer.
    /// </summary>
    /// <returns>The run and the latest step run of each of its nodes.</returns>
    /// <exception cref="StoreException">The store has no such run.</exception>
    /// <exception cref="InvalidOperationException">The run is of another pipeline, already succeeded, or still running.</exception>
    public RunDetails TakeOver(string runId, string pipeline)
    {
        var connection = _setup ?? throw new InvalidOperationException("The run was already started.");
        try
        {
            using (var transaction = connection.BeginTransaction())
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = """
                    SELECT pipeline, status, owner, coalesce(resumed_at, started_at), finished_at, earlier_us,
                           (SELECT max(finished_at) FROM step_runs WHERE run_id = $id)
                    FROM runs WHERE id = $id
                    """;
                command.Parameters.AddWithValue("$id", runId);
                string recordedPipeline, status;
                string? owner;
                long earlierMicroseconds;
                using (var reader = command.ExecuteReader())
                {
                    if (!reader.Read())
                    {
                        throw new StoreException($"The store at {_layout.Root} has no run '{runId}'.");
                    }

                    recordedPipeline = reader.GetString(0);
                    status = reader.GetString(1);
                    owner = reader.IsDBNull(2) ? null : reader.GetString(2);
                    earlierMicroseconds = reader.GetInt64(5) + SegmentMicroseconds(reader);
                }

                if (!string.Equals(recordedPipeline, pipeline, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Run {runId} is a run of pipeline '{recordedPipeline}', not '{pipeline}'.");
                }

                switch (StatusText.ParseRun(status))
                {
                    case RunStatus.Succeeded:
                        throw new InvalidOperationException($"Run {runId} already succeeded; there is nothing to resume.");
                    case RunStatus.Running when !RunOwner.IsDead(owner):
                        throw new InvalidOperationException($"Run {runId} is still running (process {RunOwner.Display(owner)}); it can be resumed once that process has ended.");
                }

                command.CommandText = """
                    UPDATE runs SET status = 'Running', owner = $owner, finished_at = NULL, error = NULL, resumes = resumes + 1,
                                    resumed_at = $resumedAt, earlier_us = $earlier
                    WHERE id = $id
                    """;
                command.Parameters.AddWithValue("$owner", RunOwner.Current);
                command.Parameters.AddWithValue("$resumedAt", Timestamps.Format(DateTimeOffset.UtcNow));
                command.Parameters.AddWithValue("$earlier", earlierMicroseconds);
                command.ExecuteNonQuery();
                transaction.Commit();
            }

            RunDetails details;
            lock (_readGate)
            {
                var queries = new StoreQueries(Reader(), _layout);
                var run = queries.FindRun(runId)!;
                var latest = new Dictionary<string, StepRunRecord>(StringComparer.Ordinal);
                var history = queries.StepRunsOfRun(runId);
                foreach (var step in history)
                {
                    latest[step.Node] = step;
                }

                details = new RunDetails(run, [.. latest.Values], history);
            }

            StartWriter(runId);
            return details;
        }
        catch (SqliteException ex)
        {
            throw Database.Unusable(_layout, ex);
        }
    }

    /// <summary>
    /// How long the run's latest segment (its start or latest resume, to its end) ran, from columns 3, 4 and 6 of the
    /// take-over query. A killed run has no end: its last step's end stands in, so the time after the kill is not counted.
    /// </summary>
    private static long SegmentMicroseconds(SqliteDataReader reader)
    {
        var start = Timestamps.Parse(reader.GetString(3));
        var end = !reader.IsDBNull(4) ? Timestamps.Parse(reader.GetString(4))
            : !reader.IsDBNull(6) ? Timestamps.Parse(reader.GetString(6))
            : start;
        return end > start ? (long)(end - start).TotalMicroseconds : 0;
    }

    /// <summary>Loads the cache entries of these step methods at these code fingerprints.</summary>
    public void LoadCache(IEnumerable<(string Step, string Fingerprint)> steps)
    {
        lock (_readGate)
        {
            try
            {
                _cache = CacheIndex.Load(Reader(), steps);
            }
            catch (SqliteException ex)
            {
                throw Database.Unusable(_layout, ex);
            }
        }
    }

    public bool TryGetCached(Digest key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CacheEntry? entry) => _cache.TryGet(key, out entry);

    /// <summary>The metrics and metadata a step run logged, which a cache hit of it reports as its own.</summary>
    public (IReadOnlyList<KeyValuePair<string, double>> Metrics, IReadOnlyList<KeyValuePair<string, string>> Metadata) ReadNotes(long stepRunId)
    {
        lock (_readGate)
        {
            try
            {
                return new StoreQueries(Reader(), _layout).Notes([stepRunId]).TryGetValue(stepRunId, out var notes) ? (notes.Metrics, notes.Metadata) : ([], []);
            }
            catch (SqliteException ex)
            {
                throw Database.Unusable(_layout, ex);
            }
        }
    }

    /// <summary>Whether a cached output's bytes still look right: an inline one always does (it is checked when read); an object file must exist with its size.</summary>
    public bool LooksIntact(ArtifactRef artifact) => !artifact.IsFile || _objects.LooksIntact(artifact.Id, artifact.Size);

    /// <summary>
    /// Serializes and stores one output value. With <paramref name="replace"/>, the stored bytes of an artifact with the
    /// same id are overwritten: they were found damaged.
    /// </summary>
    public async ValueTask<(ArtifactRef Artifact, ArtifactRow Row)> StoreAsync(StepOutput output, object? value, bool replace, CancellationToken cancellationToken)
    {
        using var buffer = new ArtifactBuffer(_objects, InlineThreshold);
        await output.Serializer.WriteObjectAsync(value, buffer, cancellationToken).ConfigureAwait(false);
        var stored = buffer.Complete(replace);
        var row = new ArtifactRow
        {
            Id = stored.Id,
            TypeName = output.TypeName,
            SchemaFingerprint = output.Serializer.SchemaFingerprint,
            Size = stored.Size,
            Content = stored.Inline,
            Uri = stored.Inline is null ? ObjectStore.RelativePath(stored.Id) : null,
            Output = output.Name,
            Replace = replace,
        };
        return (new ArtifactRef(stored.Id, stored.Size, stored.Inline is null), row);
    }

    /// <summary>Reads an artifact's value, checking its bytes against its id first.</summary>
    /// <exception cref="ArtifactIntegrityException">The bytes are missing or damaged.</exception>
    public async ValueTask<object?> ReadAsync(ArtifactRef artifact, IArtifactSerializer serializer, CancellationToken cancellationToken)
    {
        byte[] bytes;
        if (artifact.IsFile)
        {
            bytes = _objects.ReadVerified(artifact.Id, artifact.Size);
        }
        else if (ReadInline(artifact.Id) is { } inline)
        {
            bytes = inline;
            ObjectStore.Verify(artifact.Id, null, bytes, artifact.Size);
        }
        else if (_objects.LooksIntact(artifact.Id, artifact.Size))
        {
            // A step process stored the same content first, as an object file, and its row kept that form.
            bytes = _objects.ReadVerified(artifact.Id, artifact.Size);
        }
        else
        {
            throw new ArtifactIntegrityException(artifact.Id, null, "is missing: the database has no content for it");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return await serializer.ReadObjectAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Makes sure an artifact's bytes are an object file, as a step process reads its inputs: an inline artifact's bytes
    /// are checked and written to <c>objects/</c> (content-addressed, so exporting twice is harmless).
    /// </summary>
    /// <returns>The artifact as an object file.</returns>
    /// <exception cref="ArtifactIntegrityException">The bytes are missing or damaged.</exception>
    public ArtifactRef ExportToFile(ArtifactRef artifact)
    {
        if (!artifact.IsFile && !_objects.LooksIntact(artifact.Id, artifact.Size))
        {
            var bytes = ReadInline(artifact.Id) ?? throw new ArtifactIntegrityException(artifact.Id, null, "is missing: the database has no content for it");
            ObjectStore.Verify(artifact.Id, null, bytes, artifact.Size);
            _objects.Write(artifact.Id, bytes, replace: false);
        }
        else if (artifact.IsFile && !_objects.LooksIntact(artifact.Id, artifact.Size))
        {
            throw new ArtifactIntegrityException(artifact.Id, _objects.PathOf(artifact.Id), "is missing or has the wrong size");
        }

        return artifact with { IsFile = true };
    }

    /// <summary>Queues a record for the writer; once the run has finished (a repair while reading its outputs), writes it at once.</summary>
    public void Record(PendingRecord record)
    {
        var writer = Volatile.Read(ref _writer);
        if (writer is not null && !Volatile.Read(ref _finished))
        {
            writer.Enqueue(record);
            return;
        }

        using var connection = WeftStore.OpenDatabase(_layout);
        using var statements = new WriterStatements(connection);
        statements.Begin();
        record.Write(statements);
        statements.Commit();
    }

    /// <summary>Records the run's end, waits for every record to commit, and stops the writer.</summary>
    /// <returns>The writer's error if some records could not be written.</returns>
    public async Task<Exception?> FinishAsync(string runId, RunStatus status, DateTimeOffset finishedAt, string? error)
    {
        var writer = _writer;
        if (writer is null)
        {
            return null;
        }

        writer.Enqueue(new RunFinishedRow(runId, status, finishedAt, error));
        Exception? failure = null;
        try
        {
            await writer.FlushAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        Volatile.Write(ref _finished, true);
        writer.Dispose();
        CloseReader();
        return failure;
    }

    public void Dispose()
    {
        Volatile.Write(ref _finished, true);
        _writer?.Dispose();
        _setup?.Dispose();
        _setup = null;
        CloseReader();
    }

    private void StartWriter(string runId)
    {
        _writer = new StoreWriter(_setup!, $"Weft store writer {runId}");
        _setup = null;
    }

    private byte[]? ReadInline(string id)
    {
        lock (_readGate)
        {
            try
            {
                if (_readContent is null)
                {
                    _readContent = Reader().CreateCommand();
                    _readContent.CommandText = "SELECT content FROM artifacts WHERE id = $id";
                    _readContent.Parameters.Add("$id", SqliteType.Blob);
                }

                _readContent.Parameters[0].Value = ContentHash.ToBytes(id);
                var content = _readContent.ExecuteScalar() as byte[];
                if (Volatile.Read(ref _finished))
                {
                    // After the run, reads are rare (Output<T> on a returned run): do not hold the database open for them.
                    CloseReaderLocked();
                }

                return content;
            }
            catch (SqliteException ex)
            {
                throw Database.Unusable(_layout, ex);
            }
        }
    }

    private SqliteConnection Reader() => _reader ??= Database.Open(_layout);

    private void CloseReader()
    {
        lock (_readGate)
        {
            CloseReaderLocked();
        }
    }

    private void CloseReaderLocked()
    {
        _readContent?.Dispose();
        _readContent = null;
        _reader?.Dispose();
        _reader = null;
    }
}
