namespace Weft.Storage;

/// <summary>Statuses as the database stores them: their enum names, which a person reading <c>weft.db</c> understands.</summary>
internal static class StatusText
{
    public static string Of(StepStatus status) => status switch
    {
        StepStatus.Waiting => "Waiting",
        StepStatus.Running => "Running",
        StepStatus.Succeeded => "Succeeded",
        StepStatus.Failed => "Failed",
        StepStatus.Skipped => "Skipped",
        StepStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => "Running",
        RunStatus.Succeeded => "Succeeded",
        RunStatus.Failed => "Failed",
        RunStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static StepStatus ParseStep(string text) => Enum.TryParse<StepStatus>(text, out var status) ? status : StepStatus.Failed;

    public static RunStatus ParseRun(string text) => Enum.TryParse<RunStatus>(text, out var status) ? status : RunStatus.Failed;
}
