using Weft;

namespace Weft.Cli.TestApp;

/// <summary>
/// A step that blocks its thread and ignores cancellation, with no time limit (as a training library call may): Ctrl+C
/// cannot stop it, so the program must stop without it and say what became of the run.
/// </summary>
[Pipeline]
public static partial class Stubborn
{
    static void Define() => Hold();

    [Step]
    static int Hold()
    {
        Thread.Sleep(TimeSpan.FromMinutes(2));
        return 1;
    }
}
