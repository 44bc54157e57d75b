using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

/// <summary>A retry's progress event says why the attempt before it failed, so a display can show it without the log.</summary>
public sealed class RetryProgressTests
{
    [Fact]
    public async Task EachRetry_CarriesThePreviousAttemptsFailure_AndTheFirstAttemptNone()
    {
        var running = new List<(int Attempt, string? Error)>();
        var progress = new SyncProgress(s =>
        {
            if (s.Status == StepStatus.Running)
            {
                lock (running)
                {
                    running.Add((s.Attempts, s.Error));
                }
            }
        });
        var definition = Pipeline(Custom("Fit", ["value"],
            (_, _) => Step.Attempt < 3 ? throw new IOException($"node {Step.Attempt} went away") : ValueTask.FromResult<object?[]>(["model"]),
            new StepPolicy(Retries: 2)));

        var run = await RunWithoutBackoff(definition, new RunOptions { Progress = progress });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(
            [(1, null), (2, "Step 'Fit' failed: System.IO.IOException: node 1 went away"), (3, "Step 'Fit' failed: System.IO.IOException: node 2 went away")],
            running);
        Assert.Null(run.GetStep("Fit").Error);
    }

    private sealed class SyncProgress(Action<StepRun> report) : IProgress<StepRun>
    {
        public void Report(StepRun value) => report(value);
    }
}
