using Weft;

namespace Weft.Cli.TestApp;

/// <summary>Two parameters with defaults, a metric, and a result the summary shows.</summary>
[Pipeline]
public static partial class Greeting
{
    static void Define(string name = "world", int repeat = 2)
    {
        var text = Compose(name);
        Repeat(text, repeat);
    }

    [Step]
    static string Compose(string name) => "hello " + name;

    [Step]
    static string Repeat(string text, int repeat)
    {
        Step.LogMetric("length", text.Length * repeat);
        return string.Join(" / ", Enumerable.Repeat(text, repeat));
    }
}
