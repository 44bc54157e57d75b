using Weft;

namespace Weft.Kubernetes.Tests.Orchestration.Pipelines;

/// <summary>
/// A step that waits far longer than its five-second time limit (time enough for its pod to start and say so), with one retry: the Kubernetes timeout path (the engine
/// stops the attempt, deletes its Job, retries, and fails the run naming the limit).
/// </summary>
[Pipeline]
[Image(TestImage.Reference)]
public static partial class Slow
{
    static async Task Define(int seconds = 60)
    {
        var wait = Plan(seconds);
        await Wait(wait);
    }

    [Step]
    static int Plan(int seconds) => seconds;

    [Step(Retries = 1, TimeoutSeconds = 5)]
    static async Task<int> Wait(int seconds, CancellationToken cancellationToken = default)
    {
        Console.WriteLine($"waiting {seconds} s, attempt {Step.Attempt}");
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        return seconds;
    }
}
