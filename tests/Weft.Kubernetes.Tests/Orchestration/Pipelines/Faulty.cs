using Weft;

namespace Weft.Kubernetes.Tests.Orchestration.Pipelines;

/// <summary>
/// Two steps whose second does what <c>mode</c> says: <c>ok</c>, <c>fail</c> (throws), <c>flaky</c> (throws on its first
/// attempt only), <c>sleep</c> (waits a minute, for cancellation and deletion from outside).
/// </summary>
[Pipeline]
[Image(TestImage.Reference)]
public static partial class Faulty
{
    static async Task Define(string mode = "ok")
    {
        var prepared = Prepare(mode);
        await Act(prepared);
    }

    [Step]
    static string Prepare(string mode) => mode;

    [Step(Retries = 1)]
    [Resources(Memory = "256Mi")]
    static async Task<string> Act(string mode, CancellationToken cancellationToken = default)
    {
        Console.WriteLine($"acting: {mode}, attempt {Step.Attempt}");
        switch (mode)
        {
            case "fail":
                throw new InvalidOperationException("deliberate failure");
            case "flaky" when Step.Attempt == 1:
                throw new InvalidOperationException("first attempt fails");
            case "sleep":
                await Task.Delay(TimeSpan.FromSeconds(60), cancellationToken);
                break;
        }

        return mode + " done";
    }
}
