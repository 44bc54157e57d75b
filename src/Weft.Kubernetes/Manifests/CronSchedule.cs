using Cronos;

namespace Weft.Kubernetes.Manifests;

/// <summary>Checks a pipeline's <c>[Schedule]</c> before it becomes a CronJob, which would otherwise be rejected by the cluster or never fire.</summary>
internal static class CronSchedule
{
    public static string Check(PipelineDefinition definition, string schedule)
    {
        var text = schedule.Trim();
        try
        {
            // Kubernetes CronJobs take five fields (and macros such as @daily), without seconds.
            CronExpression.Parse(text, CronFormat.Standard);
            return text;
        }
        catch (CronFormatException ex)
        {
            throw new Weft.Cli.CommandLineException(Weft.Cli.ExitCodes.UsageError,
                $"Pipeline '{definition.Name}' has [Schedule(\"{schedule}\")], which is not a five-field cron expression ({ex.Message.TrimEnd('.')}); " +
                "fix it, for example [Schedule(\"0 3 * * *\")] for 03:00 every day.");
        }
    }
}
