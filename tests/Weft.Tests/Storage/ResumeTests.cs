using System.Collections.Concurrent;
using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>
/// Resuming a recorded run in process: same id, parameters, seed and logical time; completed steps are not run again.
/// (Killing a real process and resuming is in the integration tests.)
/// </summary>
public sealed class ResumeTests
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly ConcurrentBag<(string Node, DateTimeOffset Now, int Seed, string RunId)> _seen = [];
    private readonly string _store = TestStores.NewPath();
    private volatile bool _broken = true;

    private StepNode Counted(string name, Func<object?[], object?> body, string fingerprint = "v1", params StepInput[] inputs)
        => Keyed(name, args =>
        {
            _calls.AddOrUpdate(name, 1, (_, n) => n + 1);
            _seen.Add((name, Step.Now, Step.Seed, Step.RunId));
            return body(args);
        }, fingerprint, inputs: inputs);

    private PipelineDefinition Training(string loadFingerprint = "v1", string name = "Test") => new(name, "Tests.Training",
        [Parameter("n", "int")],
        [
            Counted("Load", args => (int)args[0]! * 10, loadFingerprint, Param("count", "n")),
            Counted("Fit", args => _broken ? throw new InvalidOperationException("diverged") : (int)args[0]! + 1, inputs: From("data", "Load")),
            Counted("Evaluate", args => (int)args[0]! * 2, inputs: From("model", "Fit")),
            Counted("Other", args => (int)args[0]! - 1, inputs: Param("count", "n")),
        ]);

    private RunOptions Options(bool useCache = false) => new() { StorePath = _store, UseCache = useCache, Seed = 5 };

    [Fact]
    public async Task FailedRun_Resumes_AsTheSameRun_WithoutRerunningCompletedSteps()
    {
        var failed = await RunWith(Training(), new() { ["n"] = 4 }, Options());
        Assert.Equal(RunStatus.Failed, failed.Status);
        _broken = false;

        var resumed = await PipelineRunner.ResumeAsync(Training(), failed.RunId, Options());

        Assert.Equal(RunStatus.Succeeded, resumed.Status);
        Assert.Equal(failed.RunId, resumed.RunId);
        Assert.Equal(failed.StartedAt, resumed.StartedAt);
        Assert.Equal(82, resumed.Output<int>("Evaluate"));
        Assert.Equal(40, resumed.Output<int>("Load"));
        Assert.Equal((1, 2, 1, 1), (_calls["Load"], _calls["Fit"], _calls["Evaluate"], _calls["Other"]));

        // The resumed steps saw the original run: its id, its logical time, its seed (and so the same step seeds).
        Assert.All(_seen, s => Assert.Equal((failed.RunId, failed.StartedAt), (s.RunId, s.Now)));
        Assert.All(_seen, s => Assert.Equal(StepContext.DeriveSeed(5, s.Node), s.Seed));

        using var weft = WeftStore.Open(_store);
        var details = weft.GetRun(failed.RunId)!;
        Assert.Equal((RunStatus.Succeeded, 1, (string?)null), (details.Run.Status, details.Run.Resumes, details.Run.Error));
        Assert.Equal(6, details.History.Count);
        Assert.Equal([StepStatus.Failed, StepStatus.Succeeded], details.History.Where(s => s.Node == "Fit").Select(s => s.Status));
        Assert.All(details.Steps, s => Assert.Equal(StepStatus.Succeeded, s.Status));
        Assert.Equal(resumed.GetStep("Load").Artifacts["value"], failed.GetStep("Load").Artifacts["value"]);
    }

    [Fact]
    public async Task Resume_ByRunIdPrefix_FindsThePipelineInTheCatalog()
    {
        var name = "Resumable" + Guid.NewGuid().ToString("N");
        var definition = Training(name: name);
        PipelineCatalog.Register(name, () => definition);
        var failed = await RunWith(definition, new() { ["n"] = 1 }, Options());
        _broken = false;

        var resumed = await PipelineRunner.ResumeAsync(failed.RunId[..^2], Options());

        Assert.Equal((RunStatus.Succeeded, failed.RunId), (resumed.Status, resumed.RunId));
    }

    [Fact]
    public async Task CancelledRun_Resumes()
    {
        var started = Signal();
        var release = Signal();
        var definition = Pipeline(
            Counted("First", _ => 1),
            AsyncNode("Wait", async (args, ct) =>
            {
                started.TrySetResult();
                await release.Task.WaitAsync(ct);
                return [(int)args[0]! + 1];
            }, From("x", "First")));
        using var cts = new CancellationTokenSource();

        var running = Run(definition, Options(), cts.Token);
        await started.Task.WaitAsync(Patience);
        await cts.CancelAsync();
        var cancelled = await running.WaitAsync(Patience);
        release.SetResult();
        var resumed = await PipelineRunner.ResumeAsync(definition, cancelled.RunId, Options());

        Assert.Equal(RunStatus.Cancelled, cancelled.Status);
        Assert.Equal(RunStatus.Succeeded, resumed.Status);
        Assert.Equal(2, resumed.Output<int>("Wait"));
        Assert.Equal(1, _calls["First"]);
    }

    [Fact]
    public async Task StepWhoseCodeChanged_IsRunAgainOnResume_WithWhatDependsOnIt()
    {
        var failed = await RunWith(Training("v1"), new() { ["n"] = 4 }, Options());
        _broken = false;

        var resumed = await PipelineRunner.ResumeAsync(Training("v2"), failed.RunId, Options());

        Assert.Equal(RunStatus.Succeeded, resumed.Status);
        Assert.Equal((2, 2, 1, 1), (_calls["Load"], _calls["Fit"], _calls["Evaluate"], _calls["Other"]));
    }

    [Fact]
    public async Task SucceededRun_UnknownRun_AndInMemoryResume_AreRefused()
    {
        _broken = false;
        var done = await RunWith(Training(), new() { ["n"] = 4 }, Options());

        var succeeded = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineRunner.ResumeAsync(Training(), done.RunId, Options()));
        Assert.Contains("already succeeded", succeeded.Message);
        var unknown = await Assert.ThrowsAsync<StoreException>(() => PipelineRunner.ResumeAsync(Training(), "19990101-000000-000000", Options()));
        Assert.Contains("no run '19990101-000000-000000'", unknown.Message);
        var nowhere = TestStores.NewPath();
        var noStore = await Assert.ThrowsAsync<StoreException>(() => PipelineRunner.ResumeAsync("19990101", new RunOptions { StorePath = nowhere }));
        Assert.Equal($"There is no store at {nowhere}: no run has been recorded there.", noStore.Message);
        Assert.False(Directory.Exists(nowhere));
        var otherPipeline = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineRunner.ResumeAsync(Training(name: "Else"), done.RunId, Options()));
        Assert.Contains("pipeline 'Test', not 'Else'", otherPipeline.Message);
        await Assert.ThrowsAsync<NotSupportedException>(() => InMemoryExecutor.Default.ExecuteAsync(
            new ExecutionRequest(Training(), new Dictionary<string, object?>(), Options()) { RunId = done.RunId, Resume = true }, CancellationToken.None));
    }

    [Fact]
    public async Task RunStillRunningInALiveProcess_IsNotTakenOver()
    {
        var started = Signal();
        var release = Signal();
        var definition = Pipeline(AsyncNode("Long", async (_, _) =>
        {
            started.TrySetResult();
            await release.Task.WaitAsync(Patience);
            return [1];
        }));

        var running = Run(definition, Options());
        await started.Task.WaitAsync(Patience);
        string runId;
        using (var weft = WeftStore.Open(_store))
        {
            var record = Assert.Single(weft.ListRuns());
            Assert.Equal((RunStatus.Running, false), (record.Status, record.Abandoned));
            runId = record.RunId;
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineRunner.ResumeAsync(definition, runId, Options()));
        release.SetResult();
        await running.WaitAsync(Patience);

        Assert.Contains("still running", error.Message);
        Assert.Contains($"{Environment.MachineName}:{Environment.ProcessId}", error.Message);
    }
}
