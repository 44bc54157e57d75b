using System.Globalization;

namespace Weft;

/// <summary>A step attempt ran past its time limit (<c>[Step(TimeoutSeconds = n)]</c>).</summary>
public sealed class StepTimeoutException : TimeoutException, IStepFailure
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The limit the attempt exceeded.</param>
    /// <param name="innerException">How the attempt ended when it was stopped, if it was seen.</param>
    public StepTimeoutException(TimeSpan limit, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"The attempt did not finish within its time limit of {Text(limit)} (TimeoutSeconds)."), innerException)
    {
        Limit = limit;
    }

    /// <summary>The time limit.</summary>
    public TimeSpan Limit { get; }

    string IStepFailure.Describe(string node)
        => string.Create(CultureInfo.InvariantCulture, $"Step '{node}' timed out: it did not finish within its time limit of {Text(Limit)} ([Step(TimeoutSeconds = {Limit.TotalSeconds:0.###})]).");

    private static string Text(TimeSpan limit)
        => limit.TotalSeconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{limit.TotalSeconds:0.###} s") : limit.ToString("c", CultureInfo.InvariantCulture);
}
