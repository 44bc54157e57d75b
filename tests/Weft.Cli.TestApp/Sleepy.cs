using Weft;

namespace Weft.Cli.TestApp;

/// <summary>A step that waits until cancelled: Ctrl+C (SIGINT) must end the run as Cancelled, with exit code 130.</summary>
[Pipeline]
public static partial class Sleepy
{
    static async Task Define(int seconds = 120)
    {
        var slept = await Sleep(seconds);
        After(slept);
    }

    [Step]
    static async Task<int> Sleep(int seconds, CancellationToken cancellationToken = default)
    {
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        return seconds;
    }

    [Step]
    static int After(int seconds) => seconds;
}
