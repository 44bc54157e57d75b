namespace Weft;

/// <summary>
/// An attempt that ran in a process (or pod) of its own failed: the step threw there (<see cref="RemoteType"/> names what),
/// or the process ended without a result (a crash, a kill, an exit inside the step).
/// </summary>
public sealed class StepProcessException : Exception, IStepFailure
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened: the step's own error message, or how its process ended and where its log is.</param>
    /// <param name="remoteType">The full type name of the exception the step threw in its process, if it threw.</param>
    /// <param name="remoteStackTrace">Its stack trace there.</param>
    /// <param name="exitCode">The process's exit code, when it ended without a result.</param>
    public StepProcessException(string message, string? remoteType = null, string? remoteStackTrace = null, int? exitCode = null)
        : base(message)
    {
        RemoteType = remoteType;
        RemoteStackTrace = remoteStackTrace;
        ExitCode = exitCode;
    }

    /// <summary>The full type name of the exception the step threw in its process, or <see langword="null"/> when it did not get to.</summary>
    public string? RemoteType { get; }

    /// <summary>That exception as the step process recorded it (type, message, stack trace, inner exceptions).</summary>
    public string? RemoteStackTrace { get; }

    /// <summary>The process's exit code, when it ended without a result.</summary>
    public int? ExitCode { get; }

    // A step that threw reads as it would in process ("failed: <type>: <message>"), so the two orchestrators report alike.
    string IStepFailure.Describe(string node) => RemoteType is null ? $"Step '{node}' {Message}" : $"Step '{node}' failed: {RemoteType}: {Message}";
}
