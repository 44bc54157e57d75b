using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Kubernetes.Tests.Manifests.Pipelines;
using Weft.Storage;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// The rendered Argo Workflow runs a pipeline on its own: each DAG task's command, run in dependency order as Argo runs
/// them (each in a process of its own, the store shared), prepares its step from the results before it; the exit handler
/// records the run; the outputs are those of an in-process run, and later runs take them from the cache.
/// </summary>
public sealed class ArgoWorkflowRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("weft-argo-run-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Report_RunsTaskByTask_RecordsOnExit_WithTheArtifactsOfAnInProcessRun_AndFeedsTheCache()
    {
        var store = Directory.CreateDirectory(Path.Combine(_directory, "store")).FullName;
        var workflow = new RenderedWorkflow(ManifestRenderer.Render(Renders.Report(RenderTarget.Argo) with { Parameters = ["rows=4", "title=daily"] }), store);

        foreach (var task in workflow.TaskOrder())
        {
            var step = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.CommandOf(task));
            Assert.True(step.ExitCode == 0, step.ToString());
        }

        var recording = DateTimeOffset.UtcNow;
        var record = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.ExitCommand());
        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Equal($"Recorded run {Renders.RunId} of Report: succeeded, 5 of 5 steps succeeded.\n", record.Output);

        var arguments = new Dictionary<string, object?> { ["rows"] = 4, ["title"] = "daily" };
        var inProcess = await InProcessExecutor.Default.ExecuteAsync(
            new ExecutionRequest(Report.Definition, arguments, new RunOptions { StorePath = Path.Combine(_directory, "inprocess") }), CancellationToken.None);
        Assert.Equal(RunStatus.Succeeded, inProcess.Status);
        RecordedRuns.AssertSameArtifacts(store, Renders.RunId, "argo", inProcess.Steps.ToDictionary(s => s.Name, s => s.Artifacts), recording);

        // The recorded run is in the cache: the same run from the same program, in the same store, computes nothing.
        var again = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "run", "Report", "--param", "rows=4", "--param", "title=daily", "--store", store);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("(0 computed, 5 cached, 5 steps)", again.Output, StringComparison.Ordinal);

        // A second exit handler (Argo retrying it) finds the run recorded.
        var second = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.ExitCommand());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal($"Run {Renders.RunId} is already recorded in the store at {store}; nothing to do.\n", second.Output);
    }

    [Fact]
    public async Task HousePricesTraining_RunsTaskByTask_WithTheArtifactsAndMetricsOfAnInProcessRun()
    {
        const string RunId = "20261128-230000-a1b2c3";
        var store = Directory.CreateDirectory(Path.Combine(_directory, "store")).FullName;
        var parameters = new[] { "--param", "houses=400", "--param", "trees=8" };
        var render = await ProgramRun.RunAsync(ProgramRun.HousePrices, null, ["k8s", "render", "Training", "--target", "argo", "--run", RunId, "--image", Renders.Image, .. parameters]);
        Assert.True(render.ExitCode == 0, render.ToString());
        var workflow = new RenderedWorkflow(RenderedWorkflow.Documents(render.Output), store);

        foreach (var task in workflow.TaskOrder())
        {
            var step = await ProgramRun.RunAsync(ProgramRun.HousePrices, null, workflow.CommandOf(task));
            Assert.True(step.ExitCode == 0, step.ToString());
        }

        var record = await ProgramRun.RunAsync(ProgramRun.HousePrices, null, workflow.ExitCommand());
        Assert.True(record.ExitCode == 0, record.ToString());

        var inProcessStore = Path.Combine(_directory, "inprocess");
        var run = await ProgramRun.RunAsync(ProgramRun.HousePrices, null, ["run", "Training", "--store", inProcessStore, .. parameters]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var reference = WeftStore.Open(inProcessStore);
        var expected = reference.GetRun(reference.ListRuns().Single().RunId)!;
        RecordedRuns.AssertSameArtifacts(store, RunId, "argo",
            expected.Steps.ToDictionary(s => s.Node, s => (IReadOnlyDictionary<string, string>)s.Outputs.ToDictionary(o => o.Name, o => o.ArtifactId)));

        using var recorded = WeftStore.Open(store);
        var metrics = recorded.GetRun(RunId)!.Steps.Single(s => s.Node == "Evaluate").Metrics;
        Assert.Equal(expected.Steps.Single(s => s.Node == "Evaluate").Metrics, metrics);
        Assert.Contains(metrics, m => m.Key == "r2");
    }
}
