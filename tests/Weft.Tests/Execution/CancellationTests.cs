using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class CancellationTests
{
    [Fact]
    public async Task CancellingARun_StopsTheRunningStep_AndReturnsCancelled()
    {
        var started = Signal();
        var sawToken = false;
        var definition = Pipeline(
            Node("Load", _ => 1),
            AsyncNode("Fit", async (_, ct) =>
            {
                sawToken = ct == Step.CancellationToken && ct.CanBeCanceled;
                started.SetResult();
                await Task.Delay(Timeout.Infinite, ct);
                return ["never"];
            }, From("data", "Load")),
            Node("Evaluate", _ => 1.0, From("model", "Fit")));
        using var cts = new CancellationTokenSource();

        var running = Run(definition, cancellationToken: cts.Token);
        await started.Task.WaitAsync(Patience);
        await cts.CancelAsync();
        var run = await running.WaitAsync(Patience);

        Assert.True(sawToken);
        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.Null(run.Error);
        Assert.Equal(StepStatus.Succeeded, run.GetStep("Load").Status);
        Assert.Equal((StepStatus.Cancelled, 1), (run.GetStep("Fit").Status, run.GetStep("Fit").Attempts));
        Assert.Equal((StepStatus.Cancelled, 0), (run.GetStep("Evaluate").Status, run.GetStep("Evaluate").Attempts));
        var error = Assert.Throws<InvalidOperationException>(() => run.Output<double>("Evaluate"));
        Assert.Contains("cancelled", error.Message);
    }

    [Fact]
    public async Task AlreadyCancelledToken_RunsNothing()
    {
        var calls = 0;
        var definition = Pipeline(Node("A", _ => ++calls), Node("B", _ => ++calls));

        var run = await Run(definition, cancellationToken: new CancellationToken(canceled: true));

        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.Equal(0, calls);
        Assert.All(run.Steps, s => Assert.Equal(StepStatus.Cancelled, s.Status));
    }

    [Fact]
    public async Task CancellingDuringRetryBackoff_EndsTheWait()
    {
        var failed = Signal();
        var definition = Pipeline(Custom("Fit", ["value"], (_, _) =>
        {
            failed.TrySetResult();
            throw new IOException("transient");
        }, new StepPolicy(Retries: 5)));
        using var cts = new CancellationTokenSource();

        // A ten-minute backoff: only cancellation can end this run within the test's patience.
        var running = new InProcessExecutor(TimeSpan.FromMinutes(10))
            .ExecuteAsync(new ExecutionRequest(definition, new Dictionary<string, object?>(), InFreshStore(null)), cts.Token);
        await failed.Task.WaitAsync(Patience);
        await cts.CancelAsync();
        var run = await running.WaitAsync(Patience);

        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.Equal((StepStatus.Cancelled, 1), (run.GetStep("Fit").Status, run.GetStep("Fit").Attempts));
    }

    [Fact]
    public async Task StepThatFinishesDespiteCancellation_KeepsItsResult()
    {
        var started = Signal();
        var release = Signal();
        var definition = Pipeline(
            AsyncNode("Stubborn", async (_, _) =>
            {
                started.SetResult();
                await release.Task.WaitAsync(Patience);
                return ["done"];
            }),
            Node("After", _ => 1, From("x", "Stubborn")));
        using var cts = new CancellationTokenSource();

        var running = Run(definition, cancellationToken: cts.Token);
        await started.Task.WaitAsync(Patience);
        await cts.CancelAsync();
        release.SetResult();
        var run = await running.WaitAsync(Patience);

        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.Equal("done", run.Output<string>("Stubborn"));
        Assert.Equal(StepStatus.Cancelled, run.GetStep("After").Status);
    }
}
