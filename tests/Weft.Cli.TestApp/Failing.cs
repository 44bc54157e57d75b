using Weft;

namespace Weft.Cli.TestApp;

/// <summary>A pipeline whose only step throws: the program must exit 1 with one error line naming it.</summary>
[Pipeline]
public static partial class Failing
{
    static void Define() => Fail();

    [Step]
    static int Fail() => throw new InvalidOperationException("deliberate failure");
}
