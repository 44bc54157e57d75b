using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Weft.Storage;

/// <summary>
/// A prepared statement on SQLite's own API, for the writer's hot path: parameters bound by position and text bound from
/// stack buffers, which spares the per-execution name lookups, boxing and copies of an ADO.NET command (several
/// microseconds a row, the better part of the store's write budget).
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    // Parameters (by index, up to 63) currently bound to NULL; a fresh statement has them all NULL.
    private ulong _nulls = ulong.MaxValue;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(_db, raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Runs a statement that returns nothing, outside any prepared one (<c>BEGIN IMMEDIATE</c>, <c>COMMIT</c>).</summary>
    public static void Execute(SqliteConnection connection, string sql)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(db, raw.sqlite3_exec(db, sql));
    }

    public RawStatement Bind(int index, long value)
    {
        Bound(index);
        Check(_db, raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value)
        => value is { } v ? Bind(index, v) : BindNull(index);

    public RawStatement Bind(int index, double value)
    {
        // SQLite stores NaN as NULL; readers map NULL back to NaN.
        if (double.IsNaN(value))
        {
            return BindNull(index);
        }

        Bound(index);
        Check(_db, raw.sqlite3_bind_double(_statement, index, value));
        return this;
    }

    /// <summary>Binds text as UTF-8, encoded here: SQLite's own conversion from UTF-16 is several times slower.</summary>
    public RawStatement Bind(int index, string? text)
    {
        if (text is null)
        {
            return BindNull(index);
        }

        Bound(index);
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = max <= 1024 ? null : ArrayPool<byte>.Shared.Rent(max);
        Span<byte> buffer = rented ?? stackalloc byte[max];
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Check(_db, raw.sqlite3_bind_text(_statement, index, buffer[..length]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return this;
    }

    public RawStatement Bind(int index, byte[]? blob)
    {
        if (blob is null)
        {
            return BindNull(index);
        }

        Bound(index);
        Check(_db, raw.sqlite3_bind_blob(_statement, index, blob));
        return this;
    }

    /// <summary>Binds UTF-8 bytes as text.</summary>
    public RawStatement BindUtf8(int index, byte[]? text)
    {
        if (text is null)
        {
            return BindNull(index);
        }

        Bound(index);
        Check(_db, raw.sqlite3_bind_text(_statement, index, text));
        return this;
    }

    /// <summary>Binds a time as the store writes times (see <see cref="Timestamps"/>), formatted on the stack.</summary>
    public RawStatement Bind(int index, DateTimeOffset? time)
    {
        if (time is not { } t)
        {
            return BindNull(index);
        }

        Bound(index);
        Span<byte> text = stackalloc byte[Timestamps.Length];
        t.UtcDateTime.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture);
        Check(_db, raw.sqlite3_bind_text(_statement, index, text[..written]));
        return this;
    }

    /// <summary>Binds an artifact id (<c>sha256:&lt;hex&gt;</c>) as its 32 hash bytes.</summary>
    public RawStatement BindId(int index, string id)
    {
        Bound(index);
        Span<byte> bytes = stackalloc byte[Digest.Size];
        Convert.FromHexString(id.AsSpan(ContentHash.Prefix.Length), bytes, out _, out _);
        Check(_db, raw.sqlite3_bind_blob(_statement, index, bytes));
        return this;
    }

    public RawStatement Bind(int index, Digest? digest)
    {
        if (digest is not { } d)
        {
            return BindNull(index);
        }

        Bound(index);
        Span<byte> bytes = stackalloc byte[Digest.Size];
        d.Write(bytes);
        Check(_db, raw.sqlite3_bind_blob(_statement, index, bytes));
        return this;
    }

    /// <summary>Binds NULL, unless the parameter already is: bindings outlive a reset, and most rows leave the same columns empty.</summary>
    public RawStatement BindNull(int index)
    {
        if ((_nulls & (1UL << index)) == 0)
        {
            Check(_db, raw.sqlite3_bind_null(_statement, index));
            _nulls |= 1UL << index;
        }

        return this;
    }

    private void Bound(int index) => _nulls &= ~(1UL << index);

    /// <summary>Runs the statement and resets it for the next use.</summary>
    public void Run()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
        {
            Check(_db, result);
        }
    }

    /// <summary>Steps a query to its next row; <see langword="false"/> (and reset for the next use) when there is none.</summary>
    public bool Read()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        raw.sqlite3_reset(_statement);
        Check(_db, result);
        return false;
    }

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    /// <summary>A blob column's bytes, or a text column's UTF-8 bytes; valid until the next step.</summary>
    public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

    public string Text(int column) => System.Text.Encoding.UTF8.GetString(raw.sqlite3_column_blob(_statement, column));

    /// <summary>Runs a query and returns the first column of its first row.</summary>
    public long RunScalar()
    {
        var result = raw.sqlite3_step(_statement);
        try
        {
            if (result == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_int64(_statement, 0);
            }

            Check(_db, result);
            return 0;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private static void Check(sqlite3 db, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", result);
        }
    }
}
