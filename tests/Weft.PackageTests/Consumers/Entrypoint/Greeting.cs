using Weft;

namespace Entrypoint;

// No Main anywhere: <WeftEntrypoint>true</WeftEntrypoint> makes the generator write one that serves the Weft command line.
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
    static string Repeat(string text, int repeat) => string.Join(" / ", Enumerable.Repeat(text, repeat));
}
