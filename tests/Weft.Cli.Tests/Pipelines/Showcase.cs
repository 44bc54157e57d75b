using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>
/// Every kind of graph element the writers render: parameters of several types (one whose default needs escaping), a
/// constant argument, a step called twice, a named-tuple output, a renamed step and a step without outputs.
/// </summary>
[Pipeline(Name = "Showcase")]
public static partial class ShowcasePipeline
{
    const int Width = 4;

    static void Define(DataFile source, string label = "say \"hi\" #1", double ratio = 0.25, CountMode mode = CountMode.Words)
    {
        var first = Load(source, Width);
        var second = Load(source, 8);
        var (train, test) = Split(first, ratio);
        var merged = Merge(train, second, label);
        Publish(merged, test, mode);
    }

    [Step]
    static int[] Load(DataFile source, int width) => [width];

    [Step]
    static (int[] Train, int[] Test) Split(int[] rows, double ratio) => (rows, rows);

    [Step(Name = "merge-all")]
    static string Merge(int[] train, int[] other, string label) => label + train.Length + other.Length;

    [Step]
    static void Publish(string merged, int[] test, CountMode mode)
    {
    }
}
