namespace Weft.Cli;

/// <summary>
/// A failure the command line reports as one line on standard error, with its own exit code, and never with a stack trace.
/// </summary>
internal sealed class CommandLineException : Exception
{
    public CommandLineException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    public static CommandLineException Usage(string message) => new(ExitCodes.UsageError, message);

    public static CommandLineException NotFound(string message) => new(ExitCodes.NotFound, message);

    public static CommandLineException Store(string message, Exception? innerException = null) => new(ExitCodes.StoreError, message, innerException);
}
