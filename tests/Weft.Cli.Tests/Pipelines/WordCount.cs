using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>How <see cref="WordCount"/> counts.</summary>
public enum CountMode
{
    Lines,
    Words,
}

/// <summary>A required DataFile, an enum and an array parameter: the parameter parsing paths of <c>run</c>.</summary>
[Pipeline]
public static partial class WordCount
{
    static void Define(DataFile input, CountMode mode = CountMode.Lines, double[]? weights = null)
    {
        var text = Read(input);
        var count = Count(text, mode);
        Weigh(count, weights);
    }

    [Step]
    static string Read(DataFile file) => File.ReadAllText(file.Path);

    [Step]
    static int Count(string text, CountMode mode) => mode == CountMode.Lines
        ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
        : text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    [Step]
    static double Weigh(int count, double[]? weights) => count * (weights is { Length: > 0 } ? weights.Sum() : 1.0);
}
