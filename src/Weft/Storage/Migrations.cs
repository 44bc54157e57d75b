using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>
/// The metadata schema as a list of versioned migrations. A store is brought to <see cref="Latest"/> when opened; a
/// database from a newer Weft is refused rather than guessed at.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "runs, step runs, artifacts, parameters and tags", """
            CREATE TABLE runs (
                id TEXT NOT NULL PRIMARY KEY,
                pipeline TEXT NOT NULL,
                pipeline_type TEXT NOT NULL,
                name TEXT,
                status TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                logical_time TEXT NOT NULL,
                seed INTEGER NOT NULL,
                use_cache INTEGER NOT NULL,
                source_revision TEXT,
                orchestrator TEXT,
                owner TEXT,
                resumes INTEGER NOT NULL DEFAULT 0,
                error TEXT
            );
            CREATE INDEX runs_pipeline ON runs (pipeline, id);
            CREATE TABLE run_parameters (
                run_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                value TEXT,
                content_hash TEXT,
                PRIMARY KEY (run_id, position)
            ) WITHOUT ROWID;
            CREATE TABLE run_tags (
                run_id TEXT NOT NULL,
                key TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (run_id, key)
            ) WITHOUT ROWID;
            CREATE TABLE step_runs (
                id INTEGER PRIMARY KEY,
                run_id TEXT NOT NULL,
                node TEXT NOT NULL,
                step TEXT NOT NULL,
                status TEXT NOT NULL,
                cached INTEGER NOT NULL,
                origin_id INTEGER,
                origin_run_id TEXT,
                attempts INTEGER NOT NULL,
                started_at TEXT,
                finished_at TEXT,
                duration_us INTEGER NOT NULL,
                code_fingerprint TEXT,
                cache_key BLOB,
                inputs TEXT,
                outputs TEXT,
                error TEXT,
                log_path TEXT
            );
            CREATE INDEX step_runs_run ON step_runs (run_id);
            CREATE INDEX step_runs_cache ON step_runs (step, code_fingerprint) WHERE cache_key IS NOT NULL;
            CREATE TABLE artifacts (
                id BLOB NOT NULL UNIQUE,
                type TEXT NOT NULL,
                schema_fingerprint TEXT NOT NULL,
                size INTEGER NOT NULL,
                content BLOB,
                uri TEXT,
                producer_id INTEGER,
                producer_output TEXT,
                created_at TEXT NOT NULL
            );
            """),
        new(2, "metrics, metadata and code fingerprints", """
            ALTER TABLE step_runs ADD COLUMN logged INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE metrics (
                step_run_id INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                name TEXT NOT NULL,
                value REAL,
                PRIMARY KEY (step_run_id, seq)
            ) WITHOUT ROWID;
            CREATE TABLE metadata (
                step_run_id INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                key TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (step_run_id, seq)
            ) WITHOUT ROWID;
            CREATE TABLE code_fingerprints (
                step TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                first_run_id TEXT NOT NULL,
                first_seen_at TEXT NOT NULL,
                PRIMARY KEY (step, fingerprint)
            ) WITHOUT ROWID;
            """),
        new(3, "the container image of runs and step runs", """
            ALTER TABLE runs ADD COLUMN image TEXT;
            ALTER TABLE step_runs ADD COLUMN image TEXT;
            """),
        new(4, "the time a resumed run spent before its latest resume", """
            ALTER TABLE runs ADD COLUMN resumed_at TEXT;
            ALTER TABLE runs ADD COLUMN earlier_us INTEGER NOT NULL DEFAULT 0;
            """),
        // Run ids name the second a run started; runs started in the same second are listed by when they started.
        new(5, "runs listed newest first by start time", """
            CREATE INDEX runs_started ON runs (started_at DESC, id DESC);
            """),
    ];

    public static int Latest => All[^1].Version;

    /// <summary>The schema version of the database; 0 for an empty one.</summary>
    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Applies the migrations the database lacks, up to <paramref name="target"/> (default <see cref="Latest"/>), in one
    /// write transaction, so that two processes opening a new store at once do not both create it.
    /// </summary>
    /// <exception cref="StoreException">The database is at a newer version than this Weft knows.</exception>
    public static void Apply(SqliteConnection connection, string storePath, int? target = null)
    {
        var goal = target ?? Latest;
        var current = CurrentVersion(connection);
        CheckNotNewer(current, storePath);
        if (current >= goal)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";
        command.ExecuteNonQuery();

        // Read again inside the transaction: another process may have migrated since the first look.
        current = CurrentVersion(connection, transaction);
        CheckNotNewer(current, storePath);
        foreach (var migration in All)
        {
            if (migration.Version <= current || migration.Version > goal)
            {
                continue;
            }

            command.CommandText = migration.Sql;
            command.ExecuteNonQuery();
            command.CommandText = "INSERT INTO schema_migrations (version, description, applied_at) VALUES ($version, $description, $applied)";
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$version", migration.Version);
            command.Parameters.AddWithValue("$description", migration.Description);
            command.Parameters.AddWithValue("$applied", Timestamps.Format(DateTimeOffset.UtcNow));
            command.ExecuteNonQuery();
            command.Parameters.Clear();
        }

        transaction.Commit();
    }

    private static int CurrentVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void CheckNotNewer(int current, string storePath)
    {
        if (current > Latest)
        {
            throw new StoreException(
                $"The store at {storePath} has metadata schema version {current}, newer than this Weft supports ({Latest}); upgrade Weft to use it.");
        }
    }
}
