using Weft;

namespace ColdStartApp;

/// <summary>One step that does nothing worth timing: what is left is the cost of starting a step process.</summary>
[Pipeline]
public static partial class Trivial
{
    static void Define(int value = 41) => Increment(value);

    [Step]
    static int Increment(int value) => value + 1;
}
