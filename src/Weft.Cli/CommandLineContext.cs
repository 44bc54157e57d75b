namespace Weft.Cli;

/// <summary>Where a command writes, and whether a person is watching (live progress) or a pipe is reading (plain lines).</summary>
internal sealed class CommandLineContext
{
    public CommandLineContext(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
    }

    /// <summary>Results and progress.</summary>
    public TextWriter Output { get; }

    /// <summary>One line per error.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard output is a terminal: progress is drawn live instead of written as lines.</summary>
    public bool Interactive { get; }

    /// <summary>The console of this process; progress is live only on a terminal that can draw it.</summary>
    public static CommandLineContext ForConsole()
    {
        var term = Environment.GetEnvironmentVariable("TERM");
        var interactive = !Console.IsOutputRedirected && !string.Equals(term, "dumb", StringComparison.Ordinal);
        return new CommandLineContext(Console.Out, Console.Error, interactive);
    }

    /// <summary>
    /// A command's action has started and not yet returned: when the invocation ends first, Ctrl+C stopped the program
    /// without waiting for it.
    /// </summary>
    public bool ActionRunning => Volatile.Read(ref _actionsRunning) > 0;

    private int _actionsRunning;

    /// <summary>Marks a command's action as running until the returned scope is disposed.</summary>
    public IDisposable ActionScope()
    {
        Interlocked.Increment(ref _actionsRunning);
        return new Scope(this);
    }

    /// <summary>Writes <paramref name="message"/> to <see cref="Error"/> as one line.</summary>
    public void WriteError(string message)
    {
        Error.WriteLine("error: " + OneLine.Of(message));
        Error.Flush();
    }

    private sealed class Scope(CommandLineContext context) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref context._actionsRunning);
            }
        }
    }
}
