using Weft;

namespace Weft.Cli.TestApp;

/// <summary>A step that blocks its thread, ignoring cancellation, past its one-second time limit.</summary>
[Pipeline]
public static partial class Stuck
{
    static void Define() => Block();

    [Step(TimeoutSeconds = 1)]
    static int Block()
    {
        Thread.Sleep(TimeSpan.FromMinutes(2));
        return 1;
    }
}
