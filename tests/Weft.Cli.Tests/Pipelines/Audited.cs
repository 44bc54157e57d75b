using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>A step that logs metadata, and a retried step that can be told to keep failing.</summary>
[Pipeline]
public static partial class Audited
{
    static void Define(CountMode mode = CountMode.Lines, bool fail = false)
    {
        var level = Inspect(mode);
        Publish(level, fail);
    }

    [Step]
    static int Inspect(CountMode mode)
    {
        Step.LogMetadata("mode", mode.ToString());
        Step.LogMetadata("reviewer", "first line\nsecond line");
        return (int)mode;
    }

    [Step(Retries = 1)]
    static int Publish(int level, bool fail) => fail ? throw new InvalidOperationException("the gate stays closed") : level;
}
