using Weft.Cli.Output;

namespace Weft.Cli.Progress;

/// <summary>The words for a step's state, shared by the plain and live displays.</summary>
internal static class StepEventText
{
    public static string Status(StepRun step) => step.Status switch
    {
        StepStatus.Waiting => "waiting",
        StepStatus.Running => step.Attempts > 1 ? $"running (attempt {step.Attempts})" : "running",
        StepStatus.Succeeded => step.Cached ? "cached" : "succeeded",
        StepStatus.Failed => "failed",
        StepStatus.Skipped => "skipped",
        StepStatus.Cancelled => "cancelled",
        _ => step.Status.ToString().ToLowerInvariant(),
    };

    /// <summary>The duration and error that follow the status, when the step has finished.</summary>
    public static string Detail(StepRun step) => step.Status switch
    {
        StepStatus.Succeeded when step.Cached => string.Empty,
        StepStatus.Succeeded => DurationText.Of(step.Duration),
        StepStatus.Failed => DurationText.Of(step.Duration) + (step.Error is null ? string.Empty : "  " + StepErrorText.Cause(step.Name, step.Error)),
        StepStatus.Skipped or StepStatus.Cancelled => StepErrorText.Cause(step.Name, step.Error),
        StepStatus.Running when step.Attempts > 1 && step.Error is not null => StepErrorText.After(step.Name, step.Error),
        _ => string.Empty,
    };
}
