using Weft;

namespace Unseen;

public enum Mode
{
    Fast = 1,
    Careful = 2,
}

public static class S
{
    [Step] public static int Twice(int x) => x * 2;

    [Step] public static int Add(int a, int b) => a + b;

    [Step] public static Task<int> TwiceAsync(int x) => Task.FromResult(x * 2);

    [Step] public static int Tune(int x, Mode? mode = null, int? limit = null) => x + (int)(mode ?? Mode.Fast) + (limit ?? 0);

    public static int Helper(int x) => x;
}
