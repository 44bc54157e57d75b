using Weft;

namespace ColdStartApp;

/// <summary>
/// Two steps that do nothing worth timing. bench/ColdStart times <c>step Trivial Increment</c>, which reads one input
/// artifact (Source's output) and stores one output: what is left is the cost of starting a step process.
/// </summary>
[Pipeline]
public static partial class Trivial
{
    static void Define(int start = 41)
    {
        var value = Source(start);
        Increment(value);
    }

    [Step]
    static int Source(int start) => start;

    [Step]
    static int Increment(int value) => value + 1;
}
