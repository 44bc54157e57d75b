using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>No parameters; a step that always throws, with a multi-line message, and a dependent that must be skipped.</summary>
[Pipeline]
public static partial class Broken
{
    static void Define()
    {
        var first = Explode(1);
        After(first);
    }

    [Step]
    static int Explode(int value) => throw new InvalidOperationException($"boom {value}\nsecond line of the message");

    [Step]
    static int After(int value) => value + 1;
}
