using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Storage;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// A CronWorkflow's Workflows run like a Workflow, each a run named after the Workflow Argo creates; a data file parameter
/// reaches the steps as the path it has in the pods, and the record hashes its content, as a run in process does.
/// </summary>
public sealed class ScheduledAndDataFileRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("weft-argo-more-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ACronWorkflowsWorkflow_IsARunNamedAfterIt()
    {
        const string Workflow = "weft-nightly-1764383400";
        var store = Directory.CreateDirectory(Path.Combine(_directory, "store")).FullName;
        var workflow = new RenderedWorkflow(ManifestRenderer.Render(Renders.Nightly(driver: false, RenderTarget.Argo) with { Parameters = ["days=2"] }), store,
            workflowName: Workflow);

        foreach (var task in workflow.TaskOrder())
        {
            var step = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.CommandOf(task));
            Assert.True(step.ExitCode == 0, step.ToString());
        }

        var record = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.ExitCommand());
        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Equal($"Recorded run {Workflow} of Nightly: succeeded, 1 of 1 steps succeeded.\n", record.Output);
        var show = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "artifacts", "show", RecordedOutput(store, Workflow, "Refresh"), "--store", store);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("48", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADataFileParameter_IsReadWhereThePodsSeeIt_AndItsContentIsRecorded()
    {
        const string RunId = "20261129-003000-da7af1";
        var store = Directory.CreateDirectory(Path.Combine(_directory, "store")).FullName;
        var data = Path.Combine(store, "data", "lines.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(data)!);
        File.WriteAllLines(data, ["a", "b", "c", "d", "e"]);
        var request = new RenderRequest
        {
            Definition = Pipelines.Ingest.Definition,
            RunId = RunId,
            Image = Renders.Image,
            Target = RenderTarget.Argo,
            Parameters = ["source=/weft/store/data/lines.txt", "limit=4"],
        };
        var workflow = new RenderedWorkflow(ManifestRenderer.Render(request), store);

        foreach (var task in workflow.TaskOrder())
        {
            // The pods' path, as the test server maps mounts: the store's folder stands for /weft/store.
            var args = workflow.CommandOf(task).Select(a => a.Replace("=/weft/store/", "=" + store + "/", StringComparison.Ordinal)).ToArray();
            var step = await ProgramRun.RunAsync(ProgramRun.TestApp, null, args);
            Assert.True(step.ExitCode == 0, step.ToString());
        }

        var record = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.ExitCommand());
        Assert.True(record.ExitCode == 0, record.ToString());

        using var weft = WeftStore.Open(store);
        var run = weft.GetRun(RunId)!;
        var source = run.Run.Parameters.Single(p => p.Name == "source");
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(data))), source.ContentHash);
        var show = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "artifacts", "show", RecordedOutput(store, RunId, "Count"), "--store", store);
        Assert.Contains("4", show.Output, StringComparison.Ordinal);
    }

    private static string RecordedOutput(string store, string runId, string step)
    {
        using var weft = WeftStore.Open(store);
        return weft.GetRun(runId)!.Steps.Single(s => s.Node == step).Outputs.Single().ArtifactId;
    }
}
