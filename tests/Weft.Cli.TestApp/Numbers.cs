using Weft;

namespace Weft.Cli.TestApp;

/// <summary>
/// Several steps with a parameter, a named-tuple output, an output large enough to be an object file in process, and a
/// metric: run in process and with one process per step, it must record the same artifacts.
/// </summary>
[Pipeline]
public static partial class Numbers
{
    static void Define(int count = 12_000)
    {
        var all = Range(count);
        var (evens, odds) = Split(all);
        var total = Sum(evens, odds);
        Describe(total);
    }

    [Step]
    static int[] Range(int count) => Enumerable.Range(0, count).ToArray();

    [Step]
    static (int[] Evens, int[] Odds) Split(int[] numbers) => (numbers.Where(n => n % 2 == 0).ToArray(), numbers.Where(n => n % 2 != 0).ToArray());

    [Step]
    static long Sum(int[] evens, int[] odds)
    {
        Step.LogMetric("count", evens.Length + odds.Length);
        return evens.Sum(n => (long)n) + odds.Sum(n => (long)n);
    }

    [Step]
    static string Describe(long total) => $"total {total} (seed {Step.Seed})";
}
