namespace Weft;

/// <summary>Runs a pipeline on a cron schedule when it is deployed (a Kubernetes CronJob).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ScheduleAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="cron">A five-field cron expression, for example <c>"0 3 * * *"</c>.</param>
    public ScheduleAttribute(string cron) => Cron = cron;

    /// <summary>The cron expression.</summary>
    public string Cron { get; }
}
