using Weft;

namespace Shared;

public static class Steps
{
    [Step] public static int Twice(int value) => value * 2;

    [Step] public static (int Low, int High) Halve(int value) => (value / 2, value - value / 2);

    [Step] public static int Add(int a, int b) => a + b;
}
