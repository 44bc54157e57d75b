using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>An output too large to keep inline in the database: it is stored as an object file, which a test can damage.</summary>
[Pipeline]
public static partial class Bulk
{
    static void Define(int size = 50_000)
    {
        var text = Text(size);
        Measure(text);
    }

    [Step]
    static string Text(int size) => new('x', size);

    [Step]
    static int Measure(string text) => text.Length;
}
