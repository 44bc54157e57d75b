using Weft.Storage;
using Weft.Tests.Execution;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.StepTasks;

/// <summary>
/// The engine with its step attempts launched through the step contract: the same records and artifact ids as in process,
/// and a process that dies, hangs or fails becoming a step failure that names the step and the cause.
/// </summary>
public sealed class LaunchedRunTests
{
    private readonly string _store = TestStores.NewPath();

    private static PipelineDefinition Chain() => Pipeline(
        [Parameter("factor", "int", hasDefault: true, defaultValue: 3)],
        Node("Load", _ => Enumerable.Range(0, 10_000).ToArray()),
        Node("Sum", args => ((int[])args[0]!).Sum() * (int)args[1]!, From("numbers", "Load"), Param("factor", "factor")),
        Node("Label", args =>
        {
            Step.LogMetric("sum", (int)args[0]!);
            return $"{args[1]}:{args[0]}:{Step.Seed}";
        }, From("sum", "Sum"), Const("prefix", "total")));

    private Task<PipelineRun> Launched(PipelineDefinition definition, StepLauncher launcher, RunOptions? options = null, CancellationToken cancellationToken = default)
        => new StepLaunchExecutor("test-launcher", launcher, TimeSpan.Zero)
            .ExecuteAsync(new ExecutionRequest(definition, definition.Parameters.Count == 0 ? [] : new Dictionary<string, object?> { ["factor"] = 2 }, (options ?? new RunOptions()) with { StorePath = _store }), cancellationToken);

    [Fact]
    public async Task LaunchedSteps_RecordTheSameArtifactsAsInProcess_AndARerunHitsTheCacheWithoutLaunching()
    {
        var launcher = new InlineLauncher();
        var inProcess = await RunWith(Chain(), new() { ["factor"] = 2 });
        var launched = await Launched(Chain(), launcher);
        var rerun = await Launched(Chain(), launcher);

        Assert.Equal(RunStatus.Succeeded, launched.Status);
        foreach (var step in inProcess.Steps)
        {
            Assert.Equal(step.Artifacts, launched.GetStep(step.Name).Artifacts);
        }

        Assert.Equal(inProcess.Output<string>("Label"), launched.Output<string>("Label"));
        Assert.Equal(inProcess.GetStep("Label").Metrics, launched.GetStep("Label").Metrics);
        Assert.Equal(3, launcher.Launches);
        Assert.All(rerun.Steps, s => Assert.True(s.Cached));
        Assert.Equal(launched.Output<string>("Label"), rerun.Output<string>("Label"));

        using var weft = WeftStore.Open(_store);
        var run = weft.GetRun(launched.RunId)!;
        Assert.Equal("test-launcher", run.Run.Orchestrator);
        var label = run.Steps.Single(s => s.Node == "Label");
        Assert.Equal([new KeyValuePair<string, double>("sum", 2 * 49_995_000)], label.Metrics);
        Assert.Equal(InputKind.Artifact, label.Inputs[0].Kind);
        Assert.Contains("ran Label", await File.ReadAllTextAsync(label.LogPath!));
        // Inline artifacts were exported for the step that read them; what a step process stores is always a file.
        Assert.All(run.Steps.SelectMany(s => s.Outputs), o => Assert.True(o.InObjectFile));
        var sum = launcher.Tasks.Single(t => t.Step == "Sum");
        Assert.Equal([new StepTaskParameter("factor", "factor", "{\"tag\":\"int\",\"value\":2}")], sum.Parameters);
    }

    [Fact]
    public async Task AStepThatThrowsInItsProcess_FailsWithTheSameErrorAsInProcess()
    {
        var definition = Pipeline(Node("Boom", _ => throw new IOException("disk on fire")));

        var inProcess = await Run(definition);
        var launched = await Launched(definition, new InlineLauncher());

        Assert.Equal(RunStatus.Failed, launched.Status);
        Assert.Equal("Step 'Boom' failed: System.IO.IOException: disk on fire", launched.Error);
        Assert.Equal(inProcess.Error, launched.Error);
        var error = Assert.IsType<StepProcessException>(launched.GetStep("Boom").Exception);
        Assert.Contains("LaunchedRunTests", error.RemoteStackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProcessThatDiesWithoutAResult_FailsTheStep_NamingTheExitAndTheLog_WithItsConsoleInTheLog()
    {
        var launcher = new InlineLauncher(async (launch, _) =>
        {
            await File.WriteAllTextAsync(launch.Files.StderrPath, "Process terminated. deliberate crash\n");
            return 134;
        });

        var run = await Launched(Pipeline(Node("Fit", _ => 1)), launcher);

        var step = run.GetStep("Fit");
        Assert.Equal(StepStatus.Failed, step.Status);
        Assert.Equal($"Step 'Fit' exited with code 134 (crashed: SIGABRT) without a result; see {step.LogPath}", step.Error);
        var log = await File.ReadAllTextAsync(step.LogPath!);
        Assert.Contains("deliberate crash", log, StringComparison.Ordinal);
        Assert.Contains("The step process exited with code 134 (crashed: SIGABRT).", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedAttempt_IsRetried_WithTheNextAttemptInItsTask()
    {
        var launcher = new InlineLauncher((launch, _) => Task.FromResult(launch.Task.Attempt == 1 ? 137 : (int?)null));

        var run = await Launched(Pipeline(Custom("Fit", ["value"], (_, _) => ValueTask.FromResult<object?[]>([Step.Attempt]), new StepPolicy(Retries: 1))), launcher);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(2, run.GetStep("Fit").Attempts);
        Assert.Equal([1, 2], launcher.Tasks.Select(t => t.Attempt));
        Assert.Equal(2, run.Output<int>("Fit"));
    }

    [Fact]
    public async Task AResultOfAnotherAttempt_DoesNotPassForThisOne()
    {
        var launcher = new InlineLauncher(async (launch, ct) =>
        {
            var result = await StepTaskRunner.RunAsync(launch.Pipeline, "Fit", launch.Task.RunId, launch.StorePath, ct);
            await launch.Files.WriteResultAsync(result with { Attempt = 7 }, ct);
            return 0;
        });

        var run = await Launched(Pipeline(Node("Fit", _ => 1)), launcher);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.StartsWith("Step 'Fit' exited with code 0 without a result; see ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALaunchedStepPastItsTimeLimit_IsStoppedAndFails_AndRetried()
    {
        var launcher = new InlineLauncher(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return 0;
        });
        var definition = Pipeline(Custom("Slow", ["value"], (_, _) => ValueTask.FromResult<object?[]>([1]), new StepPolicy(Retries: 1, Timeout: TimeSpan.FromMilliseconds(100))));

        var run = await Launched(definition, launcher);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(2, launcher.Launches);
        Assert.Equal("Step 'Slow' timed out: it did not finish within its time limit of 0.1 s ([Step(TimeoutSeconds = 0.1)]).", run.Error);
        Assert.IsType<StepTimeoutException>(run.GetStep("Slow").Exception);
    }

    [Fact]
    public async Task CancellingTheRun_StopsTheLaunchedStep_AndCancelsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        var launcher = new InlineLauncher(async (_, ct) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return 0;
        });

        var run = await Launched(Pipeline(Node("Wait", _ => 1)), launcher, cancellationToken: cancel.Token);

        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.Equal(StepStatus.Cancelled, run.GetStep("Wait").Status);
    }

    [Fact]
    public async Task ADamagedObjectFileInput_IsRecomputedBeforeTheStepProcessStarts()
    {
        var launcher = new InlineLauncher();
        var first = await Launched(Chain(), launcher);
        var loaded = first.GetStep("Load").Artifacts["value"];
        File.Delete(Path.Combine(_store, ObjectStore.RelativePath(loaded)));

        var again = await Launched(Chain(), launcher, new RunOptions { UseCache = false });

        Assert.Equal(RunStatus.Succeeded, again.Status);
        Assert.True(File.Exists(Path.Combine(_store, ObjectStore.RelativePath(loaded))));
    }
}
