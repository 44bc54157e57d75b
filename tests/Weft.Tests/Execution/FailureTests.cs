using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class FailureTests
{
    [Fact]
    public async Task FailingStep_FailsTheRun_SkipsItsDependents_AndNamesTheStep()
    {
        var definition = Pipeline(
            Node("Load", _ => 1),
            Node("Fit", _ => throw new InvalidOperationException("matrix is singular"), From("data", "Load")),
            Node("Evaluate", _ => 0.9, From("model", "Fit")),
            Node("Publish", _ => "ok", From("score", "Evaluate")));

        var run = await Run(definition);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("Step 'Fit' failed: System.InvalidOperationException: matrix is singular", run.Error);
        var fit = run.GetStep("Fit");
        Assert.Equal(StepStatus.Failed, fit.Status);
        Assert.Equal(run.Error, fit.Error);
        Assert.IsType<InvalidOperationException>(fit.Exception);
        Assert.Equal(1, fit.Attempts);
        Assert.Equal(StepStatus.Succeeded, run.GetStep("Load").Status);
        Assert.Equal((StepStatus.Skipped, 0), (run.GetStep("Evaluate").Status, run.GetStep("Evaluate").Attempts));
        Assert.Equal(StepStatus.Skipped, run.GetStep("Publish").Status);
        Assert.Contains("'Fit'", run.GetStep("Evaluate").Error);
    }

    [Fact]
    public async Task FailingStep_LetsIndependentBranchesComplete()
    {
        // Slow starts with Fit and is still running when Fit fails; Report only needs Load, which succeeded.
        var fitFailing = Signal();
        var slowStarted = Signal();
        var definition = Pipeline(
            Node("Load", _ => 1),
            AsyncNode("Fit", async (_, _) =>
            {
                await slowStarted.Task.WaitAsync(Patience);
                fitFailing.SetResult();
                throw new FormatException("bad row 7");
            }, From("data", "Load")),
            AsyncNode("Slow", async (_, _) =>
            {
                slowStarted.SetResult();
                await fitFailing.Task.WaitAsync(Patience);
                await Task.Delay(10);
                return ["slow done"];
            }),
            Node("Report", args => $"rows: {args[0]}", From("data", "Load")),
            Node("Evaluate", _ => 0.5, From("model", "Fit"), From("data", "Load")));

        var run = await Run(definition, new RunOptions { MaxParallelism = 4 });

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("Step 'Fit' failed: System.FormatException: bad row 7", run.Error);
        Assert.Equal("slow done", run.Output<string>("Slow"));
        Assert.Equal("rows: 1", run.Output<string>("Report"));
        Assert.Equal(StepStatus.Skipped, run.GetStep("Evaluate").Status);
    }

    [Fact]
    public async Task TwoFailures_RunErrorNamesTheFirstInNodeOrder()
    {
        var definition = Pipeline(
            Node("First", _ => throw new ArgumentException("one")),
            Node("Second", _ => throw new ArgumentException("two")));

        var run = await Run(definition, new RunOptions { MaxParallelism = 2 });

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.StartsWith("Step 'First' failed:", run.Error);
        Assert.Equal(StepStatus.Failed, run.GetStep("Second").Status);
    }

    [Fact]
    public async Task OperationCanceledFromTheStepItself_IsAFailure_NotACancellation()
    {
        var definition = Pipeline(Node("Download", _ => throw new TaskCanceledException("HTTP request timed out")));

        var run = await Run(definition);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("Step 'Download' failed: System.Threading.Tasks.TaskCanceledException: HTTP request timed out", run.Error);
    }

    [Fact]
    public async Task InvokerReturningTheWrongNumberOfValues_FailsTheStep()
    {
        var definition = Pipeline(Custom("Split", ["Train", "Test"], (_, _) => ValueTask.FromResult<object?[]>([1]), null));

        var run = await Run(definition);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("Step 'Split' failed", run.Error);
        Assert.Contains("returned 1 values for 2 outputs", run.Error);
    }

    [Fact]
    public async Task Progress_ReportsWaitingThenRunningThenTheFinalStatus()
    {
        var events = new List<(string, StepStatus, int)>();
        var progress = new SyncProgress(s => { lock (events) { events.Add((s.Name, s.Status, s.Attempts)); } });
        var calls = 0;
        var definition = Pipeline(
            Node("A", _ => 1),
            Custom("B", ["value"], (_, _) => ++calls == 1 ? throw new IOException("flaky") : throw new IOException("down"), new StepPolicy(Retries: 1),
                From("a", "A")),
            Node("C", _ => 3, From("b", "B")));

        var run = await RunWithoutBackoff(definition, new RunOptions { Progress = progress });

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(
            [("A", StepStatus.Waiting, 0), ("B", StepStatus.Waiting, 0), ("C", StepStatus.Waiting, 0),
             ("A", StepStatus.Running, 1), ("A", StepStatus.Succeeded, 1), ("B", StepStatus.Running, 1), ("B", StepStatus.Running, 2),
             ("B", StepStatus.Failed, 2), ("C", StepStatus.Skipped, 0)],
            events);
    }

    [Fact]
    public async Task ThrowingProgress_DoesNotChangeTheOutcome()
    {
        var definition = Pipeline(Node("A", _ => 1), Node("B", args => (int)args[0]! + 1, From("a", "A")));

        var run = await Run(definition, new RunOptions { Progress = new SyncProgress(_ => throw new InvalidOperationException("display broke")) });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(2, run.Output<int>("B"));
    }

    private sealed class SyncProgress(Action<StepRun> report) : IProgress<StepRun>
    {
        public void Report(StepRun value) => report(value);
    }
}
