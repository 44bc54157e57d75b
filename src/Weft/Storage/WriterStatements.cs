using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>
/// The writer's prepared statements and its batch transactions. Step run ids are assigned here: a batch holds the
/// database's write lock (<c>BEGIN IMMEDIATE</c>), so no other process can take an id between reading the maximum and inserting.
/// </summary>
internal sealed class WriterStatements : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly RawStatement _maxId;
    private readonly RawStatement _stepRun;
    private readonly RawStatement _artifact;
    private readonly RawStatement _artifactReplace;
    private readonly RawStatement _metric;
    private readonly RawStatement _metadata;
    private readonly RawStatement _fingerprint;
    private readonly RawStatement _finishRun;
    private readonly string? _image = ContainerImage.Current;
    private long _nextId;
    private bool _inTransaction;

    public WriterStatements(SqliteConnection connection)
    {
        _connection = connection;
        _maxId = new(connection, "SELECT coalesce(max(id), 0) FROM step_runs");
        _stepRun = new(connection, """
            INSERT INTO step_runs (id, run_id, node, step, status, cached, origin_id, origin_run_id, attempts, started_at, finished_at, duration_us,
                code_fingerprint, cache_key, inputs, outputs, error, log_path, logged, image)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
            """);
        const string artifactColumns = "INSERT INTO artifacts (id, type, schema_fingerprint, size, content, uri, producer_id, producer_output, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
        _artifact = new(connection, artifactColumns + " ON CONFLICT (id) DO NOTHING");
        _artifactReplace = new(connection, artifactColumns + " ON CONFLICT (id) DO UPDATE SET size = excluded.size, content = excluded.content, uri = excluded.uri");
        _metric = new(connection, "INSERT INTO metrics (step_run_id, seq, name, value) VALUES (?1, ?2, ?3, ?4)");
        _metadata = new(connection, "INSERT INTO metadata (step_run_id, seq, key, value) VALUES (?1, ?2, ?3, ?4)");
        _fingerprint = new(connection, "INSERT OR IGNORE INTO code_fingerprints (step, fingerprint, first_run_id, first_seen_at) VALUES (?1, ?2, ?3, ?4)");
        _finishRun = new(connection, "UPDATE runs SET status = ?1, finished_at = ?2, error = ?3 WHERE id = ?4");
    }

    /// <summary>Starts a batch: takes the write lock (waiting up to the busy timeout for another writer) and reads where step run ids continue.</summary>
    public void Begin()
    {
        RawStatement.Execute(_connection, "BEGIN IMMEDIATE");
        _inTransaction = true;
        _nextId = _maxId.RunScalar() + 1;
    }

    public void Commit()
    {
        RawStatement.Execute(_connection, "COMMIT");
        _inTransaction = false;
    }

    public void Rollback()
    {
        if (_inTransaction)
        {
            _inTransaction = false;
            try
            {
                RawStatement.Execute(_connection, "ROLLBACK");
            }
            catch (SqliteException)
            {
                // SQLite may already have rolled back (an I/O error ends the transaction); nothing is left to undo.
            }
        }
    }

    public void InsertStepRun(StepRunRow row)
    {
        var id = _nextId++;
        var finished = row.FinishedAt;
        _stepRun
            .Bind(1, id)
            .Bind(2, row.RunId)
            .Bind(3, row.Node)
            .Bind(4, row.Step)
            .Bind(5, StatusText.Of(row.Status))
            .Bind(6, row.Cached ? 1L : 0L)
            .Bind(7, row.OriginId)
            .Bind(8, row.OriginRunId)
            .Bind(9, (long)row.Attempts)
            .Bind(10, row.StartedAt)
            .Bind(11, finished)
            .Bind(12, row.Duration.Ticks / TimeSpan.TicksPerMicrosecond)
            .Bind(13, row.CodeFingerprint)
            .Bind(14, row.CacheKey)
            .BindUtf8(15, row.Inputs)
            .BindUtf8(16, row.Outputs)
            .Bind(17, row.Error)
            .Bind(18, row.LogPath)
            .Bind(19, row.Metrics is { Count: > 0 } || row.Metadata is { Count: > 0 } ? 1L : 0L)
            .Bind(20, row.Image ?? _image)
            .Run();

        var time = finished ?? DateTimeOffset.UtcNow;
        if (row.Artifacts is { } artifacts)
        {
            foreach (var artifact in artifacts)
            {
                (artifact.Replace ? _artifactReplace : _artifact)
                    .BindId(1, artifact.Id)
                    .Bind(2, artifact.TypeName)
                    .Bind(3, artifact.SchemaFingerprint)
                    .Bind(4, artifact.Size)
                    .Bind(5, artifact.Content)
                    .Bind(6, artifact.Uri)
                    .Bind(7, id)
                    .Bind(8, artifact.Output)
                    .Bind(9, time)
                    .Run();
            }
        }

        if (row.Metrics is { Count: > 0 } metrics)
        {
            for (var i = 0; i < metrics.Count; i++)
            {
                _metric.Bind(1, id).Bind(2, (long)i).Bind(3, metrics[i].Key).Bind(4, metrics[i].Value).Run();
            }
        }

        if (row.Metadata is { Count: > 0 } metadata)
        {
            for (var i = 0; i < metadata.Count; i++)
            {
                _metadata.Bind(1, id).Bind(2, (long)i).Bind(3, metadata[i].Key).Bind(4, metadata[i].Value).Run();
            }
        }

        if (row.NewFingerprint && row.CodeFingerprint is not null)
        {
            _fingerprint.Bind(1, row.Step).Bind(2, row.CodeFingerprint).Bind(3, row.RunId).Bind(4, time).Run();
        }
    }

    public void FinishRun(string runId, RunStatus status, DateTimeOffset finishedAt, string? error)
        => _finishRun.Bind(1, StatusText.Of(status)).Bind(2, finishedAt).Bind(3, error).Bind(4, runId).Run();

    public void Dispose()
    {
        Rollback();
        foreach (var statement in new[] { _maxId, _stepRun, _artifact, _artifactReplace, _metric, _metadata, _fingerprint, _finishRun })
        {
            statement.Dispose();
        }
    }
}
