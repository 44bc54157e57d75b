using Weft;

namespace Weft.Kubernetes.Tests.Orchestration.Pipelines;

/// <summary>
/// Five steps with a fan-out and a fan-in, a step called twice, a named tuple, seeded randomness, a metric, a parameter and
/// an output large enough to be an object file while the halves stay inline in the database (so the orchestrator must
/// export them as files for the step pods).
/// </summary>
[Pipeline]
[Image(TestImage.Reference)]
public static partial class Fanout
{
    static void Define(int count = 6000, string word = "weft")
    {
        var numbers = Generate(count);
        var (evens, odds) = Split(numbers);
        var evenSum = Sum(evens);
        var oddSum = Sum(odds);
        Describe(evenSum, oddSum, word);
    }

    [Step]
    static long[] Generate(int count)
    {
        var random = Step.Random;
        var numbers = new long[count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = 1_000_000 + random.Next(1_000_000);
        }

        return numbers;
    }

    [Step]
    static (long[] Evens, long[] Odds) Split(long[] numbers) => ([.. numbers.Where(n => n % 2 == 0)], [.. numbers.Where(n => n % 2 != 0)]);

    [Step]
    static long Sum(long[] values)
    {
        Step.LogMetric("count", values.Length);
        Console.WriteLine($"summing {values.Length} values");
        return values.Sum();
    }

    [Step]
    static string Describe(long evens, long odds, string word) => $"{word}: {evens} in evens, {odds} in odds";
}
