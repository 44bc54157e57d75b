using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.StepTasks;

/// <summary><c>[Step(TimeoutSeconds = n)]</c> in process: the attempt's token is cancelled at the limit and the attempt fails.</summary>
public sealed class TimeoutTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task AStepThatHonoursItsToken_FailsAtItsLimit_AndIsRetried()
    {
        var attempts = 0;
        var definition = Pipeline(Custom("Slow", ["value"], async (_, ct) =>
        {
            Interlocked.Increment(ref attempts);
            await Task.Delay(Timeout.Infinite, ct);
            return [1];
        }, new StepPolicy(Retries: 1, Timeout: s_limit)));

        var run = await RunWithoutBackoff(definition);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(2, attempts);
        Assert.Equal(2, run.GetStep("Slow").Attempts);
        Assert.Equal("Step 'Slow' timed out: it did not finish within its time limit of 0.15 s ([Step(TimeoutSeconds = 0.15)]).", run.Error);
    }

    [Fact]
    public async Task AStepThatBlocksItsThread_StillFailsAtItsLimit()
    {
        using var release = new ManualResetEventSlim();
        var definition = Pipeline(Custom("Blocking", ["value"], (_, _) =>
        {
            release.Wait(Patience);
            return ValueTask.FromResult<object?[]>([1]);
        }, new StepPolicy(Timeout: s_limit)));

        var run = await RunWithoutBackoff(definition);
        release.Set();

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.IsType<StepTimeoutException>(run.GetStep("Blocking").Exception);
        Assert.True(run.Duration < Patience / 2, $"the run waited {run.Duration}");
    }

    [Fact]
    public async Task AStepWithinItsLimit_Succeeds_AndTheRunsCancellationIsStillCancellation()
    {
        var quick = Pipeline(Custom("Quick", ["value"], (_, _) => ValueTask.FromResult<object?[]>([1]), new StepPolicy(Timeout: TimeSpan.FromSeconds(30))));
        Assert.Equal(RunStatus.Succeeded, (await Run(quick)).Status);

        using var cancel = new CancellationTokenSource();
        var waiting = Pipeline(Custom("Wait", ["value"], async (_, ct) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return [1];
        }, new StepPolicy(Timeout: TimeSpan.FromSeconds(30))));
        var cancelled = await Run(waiting, cancellationToken: cancel.Token);

        Assert.Equal(RunStatus.Cancelled, cancelled.Status);
    }
}
