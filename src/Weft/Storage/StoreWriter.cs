using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>
/// The single writer of one run: a thread that drains queued records and writes each batch in one transaction, so that
/// steps never wait on the database and a busy run costs one commit per batch rather than per step. Records queued
/// before a SIGKILL but not yet committed are simply lost; their steps had not been recorded as done, so a resume reruns them.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    // How long the writer lets a small batch grow before committing: long enough to amortize a commit (and the index pages
    // it rewrites: artifact ids are random keys) over many steps, short enough that a killed run loses little.
    private static readonly TimeSpan s_gatherDelay = TimeSpan.FromMilliseconds(5);
    private const int GatherBelow = 1024;

    private readonly SqliteConnection _connection;
    private readonly WriterStatements _statements;
    private readonly object _gate = new();
    private readonly Thread _thread;
    private List<PendingRecord> _queue = new(256);
    private List<PendingRecord>? _spare = new(256);
    private bool _closing;
    private bool _urgent;
    private Exception? _failure;

    /// <summary>Takes ownership of <paramref name="connection"/> and starts the writer thread.</summary>
    public StoreWriter(SqliteConnection connection, string name)
    {
        _connection = connection;
        _statements = new WriterStatements(connection);
        _thread = new Thread(Loop) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>The error that stopped the writer, if any; later records are dropped and flushes fail with it.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    public void Enqueue(PendingRecord record)
    {
        lock (_gate)
        {
            _queue.Add(record);
            if (_queue.Count == 1)
            {
                Monitor.Pulse(_gate);
            }
        }
    }

    /// <summary>Completes when everything queued so far has committed; fails with the writer's error if it could not.</summary>
    public Task FlushAsync()
    {
        var marker = new FlushMarker();
        lock (_gate)
        {
            _queue.Add(marker);
            _urgent = true;
            Monitor.Pulse(_gate);
        }

        return marker.Task;
    }

    /// <summary>Writes what is queued, stops the thread and closes the connection.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_closing)
            {
                return;
            }

            _closing = true;
            Monitor.Pulse(_gate);
        }

        _thread.Join();
        _statements.Dispose();
        _connection.Dispose();
    }

    private void Loop()
    {
        while (true)
        {
            List<PendingRecord> batch;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_closing)
                {
                    Monitor.Wait(_gate);
                }

                if (_queue.Count == 0)
                {
                    return;
                }

                if (_queue.Count < GatherBelow && !_urgent && !_closing)
                {
                    Monitor.Wait(_gate, s_gatherDelay);
                }

                _urgent = false;
                batch = _queue;
                _queue = _spare ?? new List<PendingRecord>(256);
                _spare = null;
            }

            var failure = Write(batch);
            foreach (var record in batch)
            {
                record.Completed(failure);
            }

            batch.Clear();
            lock (_gate)
            {
                _spare ??= batch;
            }
        }
    }

    private Exception? Write(List<PendingRecord> batch)
    {
        if (_failure is not null)
        {
            return _failure;
        }

        try
        {
            _statements.Begin();
            foreach (var record in batch)
            {
                record.Write(_statements);
            }

            _statements.Commit();
            return null;
        }
        catch (Exception ex)
        {
            _statements.Rollback();
            Volatile.Write(ref _failure, ex);
            return ex;
        }
    }
}
