using System.Globalization;
using Microsoft.Extensions.Logging;
using Weft.Storage;

namespace Weft;

/// <summary>
/// The logger behind <see cref="Step.Logger"/> in a recorded run: writes each entry to the step's log file in the store
/// (<c>logs/&lt;run&gt;/&lt;node&gt;.log</c>, created on the first entry and appended to by retries and resumes) and passes it
/// on to the run's own logger, if any. Lines are flushed as written, so a killed run keeps its log. A step that logs
/// nothing costs no file and no path.
/// </summary>
internal sealed class StepLogger(StoreLayout layout, string runId, string node, ILogger? forward) : ILogger, IDisposable
{
    private readonly Lock _gate = new();
    private StreamWriter? _writer;
    private string? _relativePath;

    /// <summary>The attempt the entries belong to.</summary>
    public int Attempt { get; set; } = 1;

    /// <summary>The log's store-relative path, once something was written.</summary>
    public string? WrittenPath => Volatile.Read(ref _relativePath);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => forward?.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel == LogLevel.None)
        {
            return;
        }

        Record(logLevel, formatter(state, exception), exception);
        forward?.Log(logLevel, eventId, state, exception, formatter);
    }

    /// <summary>Writes an entry to the step's log file only: what the runtime says about the step (its retries and failure).</summary>
    public void Record(LogLevel logLevel, string message, Exception? exception)
    {
        lock (_gate)
        {
            try
            {
                if (_writer is null)
                {
                    var relative = $"logs/{runId}/{SafeFileName(node)}.log";
                    var path = layout.Absolute(relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
                    Volatile.Write(ref _relativePath, relative);
                }

                _writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{DateTimeOffset.UtcNow:yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffZ} {Level(logLevel)} [attempt {Attempt}] {message}"));
                if (exception is not null)
                {
                    _writer.WriteLine(exception.ToString());
                }
            }
            catch (IOException)
            {
                // A full disk or a removed store must not fail the step that logged.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// Closes the log file until the next entry, which reopens it at its end: a step process appends to the same file
    /// meanwhile, and an open writer here would write over what it added.
    /// </summary>
    public void Release()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return name.IndexOfAny(invalid) < 0 ? name : string.Concat(name.Select(c => Array.IndexOf(invalid, c) < 0 ? c : '_'));
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
