using k8s;
using k8s.Models;
using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.ApiServer;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Kubernetes.Tests.Manifests.Pipelines;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// The rendered step Jobs run a pipeline on their own once applied: the loopback API server starts every Job at once (as a
/// cluster does, in any order), each step's pod waits for the results of the steps before it, and the record Job waits for
/// them all and records the run, whose outputs are those of an in-process run.
/// </summary>
public sealed class StepJobsRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("weft-jobs-run-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task AppliedInReverseOrder_TheJobsRunThePipeline_AndTheRecordJobRecordsIt()
    {
        var store = Directory.CreateDirectory(Path.Combine(_directory, "store")).FullName;
        await using var server = await TestApiServer.StartAsync();
        var program = new HostEntrypoint("dotnet", [ProgramRun.TestApp]);
        foreach (var image in Report.Definition.Nodes.Select(n => n.Policy.Image ?? Report.Definition.Image!).Distinct())
        {
            server.Images[image] = program;
        }

        server.Claims[RenderRequest.DefaultStoreClaim] = store;
        var manifests = ManifestRenderer.Render(Renders.Report() with { Parameters = ["scale=2"] });
        using var client = server.CreateClient();
        await client.CoreV1.CreateNamespacedConfigMapAsync(KubernetesYaml.Deserialize<V1ConfigMap>(manifests.Single(m => m.Kind == "ConfigMap").Yaml), "ml");
        var jobs = manifests.Where(m => m.Kind == "Job").Select(m => KubernetesYaml.Deserialize<V1Job>(m.Yaml)).ToList();
        Assert.Equal(Report.Definition.Nodes.Count + 1, jobs.Count);

        // Last step first: nothing orders Jobs in a cluster, so each step's pod has to wait for what it reads.
        foreach (var job in Enumerable.Reverse(jobs))
        {
            await client.BatchV1.CreateNamespacedJobAsync(job, "ml");
        }

        var record = jobs.Last().Metadata.Name;
        await WaitAsync(() => server.Jobs.Single(j => j.Metadata.Name == record).Status is { } status && (status.Succeeded == 1 || status.Failed > 0), TimeSpan.FromMinutes(2));
        Assert.All(server.Jobs, j => Assert.True(j.Status.Succeeded == 1, $"Job {j.Metadata.Name} did not succeed: {KubernetesJson.Serialize(j.Status)}"));
        Assert.Empty(server.ServerErrors);

        var arguments = new Dictionary<string, object?> { ["scale"] = 2.0 };
        var inProcess = await InProcessExecutor.Default.ExecuteAsync(
            new ExecutionRequest(Report.Definition, arguments, new RunOptions { StorePath = Path.Combine(_directory, "inprocess") }), CancellationToken.None);
        RecordedRuns.AssertSameArtifacts(store, Renders.RunId, "kubernetes-jobs", inProcess.Steps.ToDictionary(s => s.Name, s => s.Artifacts));
    }

    private static async Task WaitAsync(Func<bool> done, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!done())
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}
