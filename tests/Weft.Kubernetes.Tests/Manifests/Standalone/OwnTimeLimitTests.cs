using Weft.Kubernetes.Tests.Orchestration.Pipelines;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// A step that prepared its own task has no orchestrator to stop it at its time limit: it stops itself, and its result
/// says so (the pod's deadline, the limit plus a grace, stays the backstop).
/// </summary>
public sealed class OwnTimeLimitTests : IDisposable
{
    private const string RunId = "20261129-002000-517e55";
    private readonly string _store = Directory.CreateTempSubdirectory("weft-own-limit-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [Fact]
    public async Task AStepPastItsTimeLimit_FailsItsAttempt_WithTheLimitInItsResult()
    {
        var arguments = new Dictionary<string, object?> { ["seconds"] = 60 };
        await StepTaskPreparer.PrepareAsync(Slow.Definition, "Plan", RunId, _store, arguments, TimeSpan.Zero);
        Assert.Equal(StepResultStatus.Succeeded, (await StepTaskRunner.RunAsync(Slow.Definition, "Plan", RunId, _store, enforceTimeLimit: true)).Status);
        await StepTaskPreparer.PrepareAsync(Slow.Definition, "Wait", RunId, _store, arguments, TimeSpan.Zero);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await StepTaskRunner.RunAsync(Slow.Definition, "Wait", RunId, _store, enforceTimeLimit: true);

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(30));
        Assert.Equal(StepResultStatus.Failed, result.Status);
        Assert.Equal(typeof(StepTimeoutException).FullName, result.Error!.Type);
        Assert.Equal("The attempt did not finish within its time limit of 5 s (TimeoutSeconds).", result.Error.Message);
        Assert.Equal(result, new StepTaskFiles(_store, RunId, "Wait").TryReadResult(), ResultComparer.Instance);
    }

    private sealed class ResultComparer : IEqualityComparer<StepResult?>
    {
        public static ResultComparer Instance { get; } = new();

        public bool Equals(StepResult? x, StepResult? y) => x?.Status == y?.Status && x?.Attempt == y?.Attempt && x?.Error?.Message == y?.Error?.Message;

        public int GetHashCode(StepResult? obj) => 0;
    }
}
