namespace Weft;

/// <summary>
/// A step process could not start its task: nothing ran and no result was written. The message names the cause and what to
/// do; <see cref="Problem"/> lets a command line pick its exit code.
/// </summary>
public sealed class StepTaskException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StepTaskException(StepTaskProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>What was wrong.</summary>
    public StepTaskProblem Problem { get; }
}
