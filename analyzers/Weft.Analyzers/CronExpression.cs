using System;
using System.Globalization;

namespace Weft.Analyzers;

/// <summary>
/// Checks a schedule as a Kubernetes CronJob reads it: five fields (minute, hour, day of month, month, day of week), each a
/// comma-separated list of <c>*</c>, a value or a range <c>a-b</c>, optionally stepped with <c>/n</c>; months and days may
/// be named (JAN, MON); <c>?</c> stands for <c>*</c> in the day fields; or one of the macros <c>@hourly</c> … <c>@yearly</c>.
/// </summary>
internal static class CronExpression
{
    private static readonly string[] FieldNames = ["minute", "hour", "day of month", "month", "day of week"];
    private static readonly int[] Minimums = [0, 0, 1, 1, 0];
    // Day of week 7 is Sunday again, as in Vixie cron.
    private static readonly int[] Maximums = [59, 23, 31, 12, 7];
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] Macros = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];

    /// <summary>Why <paramref name="cron"/> does not parse, or null when it does.</summary>
    public static string? Problem(string cron)
    {
        var trimmed = cron.Trim();
        if (trimmed.StartsWith("@", StringComparison.Ordinal))
        {
            return Array.IndexOf(Macros, trimmed) >= 0 ? null : "'" + trimmed + "' is not one of " + string.Join(", ", Macros);
        }

        var fields = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length > 0 && (fields[0].StartsWith("CRON_TZ=", StringComparison.Ordinal) || fields[0].StartsWith("TZ=", StringComparison.Ordinal)))
        {
            // Counting it as a sixth field would send the user looking for an extra field they did not write.
            return "a time zone prefix ('" + fields[0] + "') is not allowed: Kubernetes rejects it, and the schedule runs in the cluster's time zone";
        }

        if (fields.Length != 5)
        {
            return "it has " + fields.Length.ToString(CultureInfo.InvariantCulture) + " fields, not 5 (minute hour day-of-month month day-of-week)";
        }

        for (var f = 0; f < fields.Length; f++)
        {
            foreach (var item in fields[f].Split(','))
            {
                var problem = ItemProblem(item, f);
                if (problem is not null)
                {
                    return "the " + FieldNames[f] + " field '" + fields[f] + "': " + problem;
                }
            }
        }

        return null;
    }

    private static string? ItemProblem(string item, int field)
    {
        var slash = item.IndexOf('/');
        var range = slash < 0 ? item : item.Substring(0, slash);
        if (slash >= 0 && (!int.TryParse(item.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step <= 0))
        {
            return "'" + item.Substring(slash + 1) + "' is not a step above zero";
        }

        if (range == "*" || range == "?" && field is 2 or 4)
        {
            return null;
        }

        var dash = range.IndexOf('-');
        var low = Value(dash < 0 ? range : range.Substring(0, dash), field);
        var high = dash < 0 ? low : Value(range.Substring(dash + 1), field);
        if (low is null || high is null)
        {
            return "'" + range + "' is not a value from " + Minimums[field].ToString(CultureInfo.InvariantCulture) + " to "
                + Maximums[field].ToString(CultureInfo.InvariantCulture) + (field is 3 or 4 ? " or a name" : "");
        }

        return low > high ? "the range '" + range + "' runs backwards" : null;
    }

    private static int? Value(string text, int field)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= Minimums[field] && number <= Maximums[field] ? number : null;
        }

        var names = field switch { 3 => Months, 4 => Days, _ => null };
        if (names is null)
        {
            return null;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                return field == 3 ? i + 1 : i;
            }
        }

        return null;
    }
}
