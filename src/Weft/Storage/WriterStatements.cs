using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>
/// The writer's prepared statements, bound to one batch transaction at a time. Step run ids are assigned here: the batch
/// holds the database's write lock, so no other process can take an id between reading the maximum and inserting.
/// </summary>
internal sealed class WriterStatements : IDisposable
{
    private readonly SqliteCommand _maxId;
    private readonly SqliteCommand _stepRun;
    private readonly SqliteParameter[] _stepRunParameters;
    private readonly SqliteCommand _artifact;
    private readonly SqliteParameter[] _artifactParameters;
    private readonly SqliteCommand _artifactReplace;
    private readonly SqliteParameter[] _artifactReplaceParameters;
    private readonly SqliteCommand _metric;
    private readonly SqliteParameter[] _metricParameters;
    private readonly SqliteCommand _metadata;
    private readonly SqliteParameter[] _metadataParameters;
    private readonly SqliteCommand _fingerprint;
    private readonly SqliteParameter[] _fingerprintParameters;
    private readonly SqliteCommand _finishRun;
    private readonly SqliteParameter[] _finishRunParameters;
    private readonly SqliteCommand[] _all;
    private long _nextId;

    public WriterStatements(SqliteConnection connection)
    {
        _maxId = Create(connection, "SELECT coalesce(max(id), 0) FROM step_runs", out _);
        _stepRun = Create(connection, """
            INSERT INTO step_runs (id, run_id, node, step, status, cached, origin_id, origin_run_id, attempts, started_at, finished_at, duration_us,
                code_fingerprint, cache_key, inputs, outputs, error, log_path, logged)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
            """, out _stepRunParameters);
        _artifact = Create(connection, """
            INSERT OR IGNORE INTO artifacts (id, type, schema_fingerprint, size, content, uri, producer_id, producer_output, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """, out _artifactParameters);
        _artifactReplace = Create(connection, """
            INSERT INTO artifacts (id, type, schema_fingerprint, size, content, uri, producer_id, producer_output, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (id) DO UPDATE SET size = excluded.size, content = excluded.content, uri = excluded.uri
            """, out _artifactReplaceParameters);
        _metric = Create(connection, "INSERT INTO metrics (step_run_id, seq, name, value) VALUES ($1, $2, $3, $4)", out _metricParameters);
        _metadata = Create(connection, "INSERT INTO metadata (step_run_id, seq, key, value) VALUES ($1, $2, $3, $4)", out _metadataParameters);
        _fingerprint = Create(connection,
            "INSERT OR IGNORE INTO code_fingerprints (step, fingerprint, first_run_id, first_seen_at) VALUES ($1, $2, $3, $4)", out _fingerprintParameters);
        _finishRun = Create(connection,
            "UPDATE runs SET status = $1, finished_at = $2, error = $3 WHERE id = $4", out _finishRunParameters);
        _all = [_maxId, _stepRun, _artifact, _artifactReplace, _metric, _metadata, _fingerprint, _finishRun];
    }

    /// <summary>Binds the statements to <paramref name="transaction"/> and reads where step run ids continue.</summary>
    public void Begin(SqliteTransaction transaction)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }

        _nextId = Convert.ToInt64(_maxId.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
    }

    public void InsertStepRun(StepRunRow row)
    {
        var id = _nextId++;
        var p = _stepRunParameters;
        p[0].Value = id;
        p[1].Value = row.RunId;
        p[2].Value = row.Node;
        p[3].Value = row.Step;
        p[4].Value = StatusText.Of(row.Status);
        p[5].Value = row.Cached ? 1L : 0L;
        p[6].Value = row.OriginId is { } origin ? origin : DBNull.Value;
        p[7].Value = (object?)row.OriginRunId ?? DBNull.Value;
        p[8].Value = (long)row.Attempts;
        p[9].Value = row.StartedAt is { } started ? Timestamps.Format(started) : DBNull.Value;
        var finished = row.FinishedAt is { } f ? Timestamps.Format(f) : null;
        p[10].Value = (object?)finished ?? DBNull.Value;
        p[11].Value = (long)(row.Duration.Ticks / TimeSpan.TicksPerMicrosecond);
        p[12].Value = (object?)row.CodeFingerprint ?? DBNull.Value;
        p[13].Value = (object?)row.CacheKey ?? DBNull.Value;
        p[14].Value = (object?)row.Inputs ?? DBNull.Value;
        p[15].Value = (object?)row.Outputs ?? DBNull.Value;
        p[16].Value = (object?)row.Error ?? DBNull.Value;
        p[17].Value = (object?)row.LogPath ?? DBNull.Value;
        p[18].Value = row.Metrics is { Count: > 0 } || row.Metadata is { Count: > 0 } ? 1L : 0L;
        _stepRun.ExecuteNonQuery();

        if (row.Artifacts is { } artifacts)
        {
            foreach (var artifact in artifacts)
            {
                var command = artifact.Replace ? _artifactReplace : _artifact;
                var a = artifact.Replace ? _artifactReplaceParameters : _artifactParameters;
                a[0].Value = artifact.Id;
                a[1].Value = artifact.TypeName;
                a[2].Value = artifact.SchemaFingerprint;
                a[3].Value = artifact.Size;
                a[4].Value = (object?)artifact.Content ?? DBNull.Value;
                a[5].Value = (object?)artifact.Uri ?? DBNull.Value;
                a[6].Value = id;
                a[7].Value = artifact.Output;
                a[8].Value = (object?)finished ?? Timestamps.Format(DateTimeOffset.UtcNow);
                command.ExecuteNonQuery();
            }
        }

        if (row.Metrics is { Count: > 0 } metrics)
        {
            for (var i = 0; i < metrics.Count; i++)
            {
                _metricParameters[0].Value = id;
                _metricParameters[1].Value = (long)i;
                _metricParameters[2].Value = metrics[i].Key;
                // SQLite stores NaN as NULL; the reader maps it back.
                _metricParameters[3].Value = double.IsNaN(metrics[i].Value) ? DBNull.Value : metrics[i].Value;
                _metric.ExecuteNonQuery();
            }
        }

        if (row.Metadata is { Count: > 0 } metadata)
        {
            for (var i = 0; i < metadata.Count; i++)
            {
                _metadataParameters[0].Value = id;
                _metadataParameters[1].Value = (long)i;
                _metadataParameters[2].Value = metadata[i].Key;
                _metadataParameters[3].Value = metadata[i].Value;
                _metadata.ExecuteNonQuery();
            }
        }

        if (row.NewFingerprint && row.CodeFingerprint is not null)
        {
            _fingerprintParameters[0].Value = row.Step;
            _fingerprintParameters[1].Value = row.CodeFingerprint;
            _fingerprintParameters[2].Value = row.RunId;
            _fingerprintParameters[3].Value = (object?)finished ?? Timestamps.Format(DateTimeOffset.UtcNow);
            _fingerprint.ExecuteNonQuery();
        }
    }

    public void FinishRun(string runId, RunStatus status, DateTimeOffset finishedAt, string? error)
    {
        _finishRunParameters[0].Value = StatusText.Of(status);
        _finishRunParameters[1].Value = Timestamps.Format(finishedAt);
        _finishRunParameters[2].Value = (object?)error ?? DBNull.Value;
        _finishRunParameters[3].Value = runId;
        _finishRun.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Create(SqliteConnection connection, string sql, out SqliteParameter[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var count = 0;
        while (sql.Contains($"${count + 1}", StringComparison.Ordinal))
        {
            count++;
        }

        parameters = new SqliteParameter[count];
        for (var i = 0; i < count; i++)
        {
            parameters[i] = command.Parameters.Add(new SqliteParameter($"${i + 1}", DBNull.Value));
        }

        return command;
    }
}
