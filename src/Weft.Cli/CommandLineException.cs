namespace Weft.Cli;

/// <summary>
/// A failure the command line reports as one line on standard error, with its own exit code, and never with a stack trace.
/// </summary>
/// <remarks>Commands added through <see cref="WeftCommandLine.AddCommand"/> throw it for their own input errors.</remarks>
public sealed class CommandLineException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="exitCode">The process exit code (see <see cref="ExitCodes"/>).</param>
    /// <param name="message">The one line the user sees: what is wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CommandLineException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }

    /// <summary>A mistake in the command (<see cref="ExitCodes.UsageError"/>).</summary>
    public static CommandLineException Usage(string message) => new(ExitCodes.UsageError, message);

    /// <summary>A run or artifact the store does not hold (<see cref="ExitCodes.NotFound"/>).</summary>
    public static CommandLineException NotFound(string message) => new(ExitCodes.NotFound, message);

    /// <summary>A store that cannot be read or written (<see cref="ExitCodes.StoreError"/>).</summary>
    public static CommandLineException Store(string message, Exception? innerException = null) => new(ExitCodes.StoreError, message, innerException);
}
