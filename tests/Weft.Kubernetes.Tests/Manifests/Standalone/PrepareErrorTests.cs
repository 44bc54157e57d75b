using System.Text.Json.Nodes;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Kubernetes.Tests.Manifests.Pipelines;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// A step that prepares its own task (<c>step --prepare</c>) refuses what it cannot trust, naming the step, the cause and
/// what to do: a step before it that has not succeeded (yet, or for good), a result that cannot be read, other parameters
/// than the run's, another build than the run's; and it waits, when told to, for the steps before it.
/// </summary>
public sealed class PrepareErrorTests : IDisposable
{
    private const string RunId = "20261128-235900-c0ffee";
    private static readonly Dictionary<string, object?> s_defaults = [];

    private readonly string _store = Directory.CreateTempSubdirectory("weft-prepare-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [Fact]
    public async Task AStepBeforeItWithoutAResult_IsNamed_WithWhatToDo()
    {
        var ex = await Assert.ThrowsAsync<StepTaskException>(() => PrepareAsync("Measure"));

        Assert.Equal(StepTaskProblem.UpstreamMissing, ex.Problem);
        Assert.Equal(
            $"Step 'Measure' of run {RunId} cannot start: it reads output 'value' of step 'Compose', which has no result yet ({ResultPath("Compose")}). " +
            "Run step 'Compose' first: its Job or Argo task must succeed before this one starts (or pass --wait-upstream <seconds> to wait for it).",
            ex.Message);
    }

    [Fact]
    public async Task ACorruptResultBeforeIt_IsNamed()
    {
        await RunAsync("Compose");
        File.WriteAllText(ResultPath("Compose"), "{ \"format\": 1, \"status\": ");

        var ex = await Assert.ThrowsAsync<StepTaskException>(() => PrepareAsync("Measure"));

        Assert.Equal(StepTaskProblem.UpstreamInvalid, ex.Problem);
        Assert.StartsWith($"The result of step 'Compose' of run {RunId} cannot be read: {ResultPath("Compose")} is not a valid step result: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Run step 'Compose' again (its Job or Argo task).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherBuildThanTheRuns_FailsTheStep_AndCannotRecordTheRun()
    {
        await RunAsync("Compose");
        var runFile = Path.Combine(_store, "tasks", RunId, "run.json");
        var run = JsonNode.Parse(File.ReadAllText(runFile))!;
        run["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "Measure")!["codeFingerprint"] = "0000000000000000";
        File.WriteAllText(runFile, run.ToJsonString());

        var result = await RunAsync("Measure");

        Assert.Equal(StepResultStatus.Failed, result.Status);
        Assert.Equal(
            $"This program's step 'Measure' has code fingerprint {Report.Definition.GetNode("Measure").CodeFingerprint}, but the run's is 0000000000000000: " +
            "the step process runs another build than the program that started the run (rebuild the program or its image).",
            result.Error!.Message);
        var ex = await Assert.ThrowsAsync<StepTaskException>(() => StandaloneRunRecorder.RecordAsync(Report.Definition, RunId, _store, "argo", TimeSpan.Zero));
        Assert.Equal(StepTaskProblem.RunMismatch, ex.Problem);
        Assert.StartsWith($"This program's step 'Measure' has code fingerprint {Report.Definition.GetNode("Measure").CodeFingerprint}, but run {RunId}'s is 0000000000000000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherParametersThanTheRuns_AreRefused()
    {
        await PrepareAsync("Compose", new Dictionary<string, object?> { ["title"] = "weekly" });

        var ex = await Assert.ThrowsAsync<StepTaskException>(() => PrepareAsync("Compose", new Dictionary<string, object?> { ["title"] = "daily" }));

        Assert.Equal(StepTaskProblem.RunMismatch, ex.Problem);
        Assert.StartsWith($"Step 'Compose' was given parameter 'title' = \"daily\", but run {RunId} started with \"weekly\" (", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStepBeforeItThatFailedForGood_EndsItAtOnce_ButOneWithAttemptsLeftIsWaitedFor()
    {
        await PrepareAsync("Compose");
        await WriteFailedAsync("Compose", attempt: 1);

        var failed = await Assert.ThrowsAsync<StepTaskException>(() => PrepareAsync("Measure", wait: TimeSpan.FromMinutes(5)));

        Assert.Equal(StepTaskProblem.UpstreamMissing, failed.Problem);
        Assert.Equal(
            $"Step 'Measure' of run {RunId} cannot run: it reads output 'value' of step 'Compose', which failed: System.IO.IOException: disk gone (attempt 1 of 1). " +
            "Fix that step and start a new run.",
            failed.Message);

        // Measure has Retries = 2: after its first failed attempt, the steps after it wait for the next.
        await RunAsync("Compose");
        await PrepareAsync("Measure");
        await WriteFailedAsync("Measure", attempt: 1);
        var pending = await Assert.ThrowsAsync<StepTaskException>(() => PrepareAsync("Tabulate"));
        Assert.Contains("which failed: System.IO.IOException: disk gone (attempt 1 of 3; it is retried).", pending.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAWait_AStepStartsOnceTheStepBeforeItSucceeds_AndRetriesCountAttempts()
    {
        var waiting = PrepareAsync("Measure", wait: TimeSpan.FromMinutes(1));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        var compose = await RunAsync("Compose");
        var measure = await waiting;

        Assert.Equal(compose.Outputs[0].ArtifactId, Assert.Single(measure.Inputs).ArtifactId);
        Assert.Equal(1, measure.Attempt);
        Assert.Equal(2, (await PrepareAsync("Measure")).Attempt);
    }

    [Fact]
    public async Task FromTheCommandLine_AMissingStepBefore_IsExitThree_AndNothingToRecord_IsExitThree()
    {
        var step = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "step", "Report", "Publish", "--run", RunId, "--store", _store, "--prepare");

        Assert.Equal(3, step.ExitCode);
        Assert.StartsWith($"Step 'Publish' of run {RunId} cannot start: it reads output 'value' of step 'Tabulate', which has no result yet", step.SingleError(), StringComparison.Ordinal);

        var record = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "record", "Report", "--run", "20261129-000000-000000", "--store", _store);
        Assert.Equal(3, record.ExitCode);
        Assert.Equal(
            $"Run 20261129-000000-000000 has no run file at {Path.Combine(_store, "tasks", "20261129-000000-000000", "run.json")}: none of its steps has prepared its task in this store, " +
            "so there is nothing to record; check --run and --store.",
            record.SingleError());

        var usage = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "step", "Report", "Compose", "--run", RunId, "--store", _store, "--param", "rows=3");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("--param, --seed and --wait-upstream go with --prepare", usage.Error, StringComparison.Ordinal);
    }

    private Task<StepTask> PrepareAsync(string step, Dictionary<string, object?>? arguments = null, TimeSpan wait = default)
        => StepTaskPreparer.PrepareAsync(Report.Definition, step, RunId, _store, arguments ?? s_defaults, wait);

    private async Task<StepResult> RunAsync(string step)
    {
        await PrepareAsync(step);
        return await StepTaskRunner.RunAsync(Report.Definition, step, RunId, _store);
    }

    private Task WriteFailedAsync(string step, int attempt)
        => new StepTaskFiles(_store, RunId, step).WriteResultAsync(new StepResult
        {
            Pipeline = "Report",
            Step = step,
            RunId = RunId,
            Attempt = attempt,
            Status = StepResultStatus.Failed,
            Error = new StepResultError("System.IO.IOException", "disk gone", null),
            StartedAt = DateTimeOffset.UnixEpoch,
            FinishedAt = DateTimeOffset.UnixEpoch,
        });

    private string ResultPath(string step) => Path.Combine(_store, "tasks", RunId, step, "result.json");
}
