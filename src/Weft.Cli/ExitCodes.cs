namespace Weft.Cli;

/// <summary>
/// The exit codes of the command line. Scripts can tell a mistake in the command (fix the command) from a run that
/// failed (fix the pipeline or its data) from a store problem (fix the store).
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>A pipeline run failed: a step failed (the error line names it and its error).</summary>
    public const int RunFailed = 1;

    /// <summary>
    /// The command was wrong: unknown command or option, unknown pipeline, unknown or malformed parameter, missing
    /// required parameter, missing input file.
    /// </summary>
    public const int UsageError = 2;

    /// <summary>A run or artifact id that the store does not hold.</summary>
    public const int NotFound = 3;

    /// <summary>The store cannot be read or written: missing, corrupt, or of an unknown format.</summary>
    public const int StoreError = 4;

    /// <summary>A cluster cannot be reached, is not configured, or refused a request (Kubernetes commands).</summary>
    public const int ClusterError = 5;

    /// <summary>The command failed in an unexpected way (a bug: the error line says what happened).</summary>
    public const int InternalError = 70;

    /// <summary>The run was cancelled (Ctrl+C), as shells report a process stopped by SIGINT.</summary>
    public const int Cancelled = 130;
}
