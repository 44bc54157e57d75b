using Microsoft.Extensions.Logging;
using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>Parameters with defaults, a named-tuple step, a metric and a string result: everything a summary shows.</summary>
[Pipeline]
public static partial class Arithmetic
{
    static void Define(int start = 2, int factor = 3)
    {
        var seed = Seed(start);
        var scaled = Scale(seed, factor);
        var (low, high) = Halve(scaled);
        Report(low, high);
    }

    [Step]
    static int Seed(int start) => start;

    [Step]
    static int Scale(int value, int factor)
    {
        Step.LogMetric("product", value * factor);
        Step.Logger.LogInformation("Scaling {Value} by {Factor}", value, factor);
        return value * factor;
    }

    [Step]
    static (int Low, int High) Halve(int value) => (value / 2, value - (value / 2));

    [Step]
    static string Report(int low, int high) => $"{low}+{high}";
}
