using System.Globalization;
using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>Optional settings as nullable value types (a number, an enum, one with a non-null default): "not given" is a value.</summary>
[Pipeline]
public static partial class Tuning
{
    static void Define(int? limit = null, CountMode? mode = null, double? rate = 0.5)
        => Describe(limit, mode, rate);

    [Step]
    static string Describe(int? limit, CountMode? mode, double? rate)
        => string.Create(CultureInfo.InvariantCulture, $"limit={limit?.ToString(CultureInfo.InvariantCulture) ?? "none"} mode={mode?.ToString() ?? "none"} rate={rate?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
}
