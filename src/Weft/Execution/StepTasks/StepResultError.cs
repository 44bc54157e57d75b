namespace Weft;

/// <summary>Why a step process's attempt failed.</summary>
/// <param name="Type">The exception's full type name (<c>System.IO.IOException</c>).</param>
/// <param name="Message">Its message.</param>
/// <param name="StackTrace">Its stack trace (with inner exceptions), for the step's log.</param>
public sealed record StepResultError(string Type, string Message, string? StackTrace);
