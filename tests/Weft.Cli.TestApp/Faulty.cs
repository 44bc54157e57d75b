using Weft;

namespace Weft.Cli.TestApp;

/// <summary>A step that fails in the way <c>mode</c> says: it throws, crashes its process, or exits it.</summary>
[Pipeline]
public static partial class Faulty
{
    static void Define(string mode = "throw") => Misbehave(mode);

    [Step]
    static int Misbehave(string mode)
    {
        Console.WriteLine($"misbehaving: {mode}");
        switch (mode)
        {
            case "crash":
                Environment.FailFast("deliberate crash");
                return 0;
            case "exit":
                Environment.Exit(3);
                return 0;
            default:
                throw new InvalidOperationException($"deliberate {mode}");
        }
    }
}
