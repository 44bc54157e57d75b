using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>Opens connections to a store's <c>weft.db</c> with the settings every connection needs.</summary>
internal static class Database
{
    // SQLite result codes that mean the file is not a usable database, rather than a transient condition.
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    // Result codes that, on opening, mean the folder or the file cannot be written (permissions, a read-only file system).
    private const int SqliteReadOnly = 8;
    private const int SqliteCannotOpen = 14;

    /// <summary>
    /// Opens a connection in WAL mode with a generous busy timeout: several processes may run pipelines on one store, and a
    /// writer waits for another's short batch instead of failing.
    /// </summary>
    /// <exception cref="StoreException">The file is not a SQLite database or is corrupt.</exception>
    public static SqliteConnection Open(StoreLayout layout)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = layout.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Connections are long-lived and owned; pooling would keep the file open after a store is disposed.
            Pooling = false,
            DefaultTimeout = 120,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 120000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;");
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Unusable(layout, ex);
        }
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Whether <paramref name="exception"/> says the database file itself is broken.</summary>
    public static bool IsCorruption(SqliteException exception)
        => exception.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase;

    public static StoreException Unusable(StoreLayout layout, SqliteException exception)
        => new(IsCorruption(exception)
            ? $"The store at {layout.Root} is not usable: {layout.DatabasePath} is not a valid Weft database ({exception.Message.TrimEnd('.')}). Restore it from a backup, or move it aside to start an empty store in that folder."
            : exception.SqliteErrorCode is SqliteReadOnly or SqliteCannotOpen
            ? $"The store at {layout.Root} is not usable: {exception.Message.TrimEnd('.')}. Weft writes in the store folder even to read it " +
                $"(weft.db and its write-ahead log): make {layout.Root} writable by this user, or copy the store to a folder that is."
            : $"The store at {layout.Root} is not usable: {exception.Message.TrimEnd('.')}.", exception);
}
