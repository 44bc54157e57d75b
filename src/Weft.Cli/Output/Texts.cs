using System.Globalization;
using Weft.Storage;

namespace Weft.Cli.Output;

/// <summary>Culture-invariant texts for records: times in UTC, sizes, statuses.</summary>
internal static class Texts
{
    public static string Time(DateTimeOffset? time)
        => time is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
    };

    public static string Status(RunRecord run) => run.Status switch
    {
        RunStatus.Running when run.Abandoned => "killed (resumable)",
        _ => run.Status.ToString().ToLowerInvariant(),
    };

    public static string Status(StepRunRecord step) => step.Status switch
    {
        StepStatus.Succeeded when step.Cached => "cached",
        _ => step.Status.ToString().ToLowerInvariant(),
    };

    public static string Duration(RunRecord run)
        => run.Duration is { } duration ? DurationText.Of(duration) : "-";

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
