using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using k8s;
using k8s.Models;
using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.ApiServer;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Kubernetes.Tests.Manifests.Standalone;
using Weft.Kubernetes.Tests.Orchestration.Pipelines;
using Weft.Storage;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// DataFile parameters when the rendered step Jobs run a pipeline on their own (<c>step --prepare</c>): the step that starts
/// the run imports the data files into the store and records their hashes in the run file, every step reads the store's
/// copies checked against them, and <c>k8s record</c> keys the cache with those hashes, as an orchestrated run does.
/// </summary>
public sealed class StandaloneDataFileTests : IDisposable
{
    private const string RunId = "20261129-010000-dafile";
    private readonly string _directory = Directory.CreateTempSubdirectory("weft-standalone-data-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task RenderedJobs_ImportTheDataFilesOnce_AndEveryStepReadsTheCheckedCopies_AsInProcess()
    {
        var store = Directory.CreateDirectory(Path.Combine(_directory, "store")).FullName;
        var data = Directory.CreateDirectory(Path.Combine(_directory, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "readings.csv"), "4\n5\n");
        await File.WriteAllTextAsync(Path.Combine(data, "a.txt"), "one");
        await using var server = await TestApiServer.StartAsync();
        server.Images[TestImage.Reference] = new HostEntrypoint("dotnet", [ProgramRun.TestApp]);
        server.Claims[RenderRequest.DefaultStoreClaim] = store;
        var manifests = ManifestRenderer.Render(new RenderRequest
        {
            Definition = Readings.Definition,
            RunId = RunId,
            Namespace = "ml",
            Parameters = [$"readings={Path.Combine(data, "readings.csv")}", $"notes={Path.Combine(data, "a.txt")}"],
        });
        using var client = server.CreateClient();
        await client.CoreV1.CreateNamespacedConfigMapAsync(KubernetesYaml.Deserialize<V1ConfigMap>(manifests.Single(m => m.Kind == "ConfigMap").Yaml), "ml");
        var jobs = manifests.Where(m => m.Kind == "Job").Select(m => KubernetesYaml.Deserialize<V1Job>(m.Yaml)).ToList();
        foreach (var job in jobs)
        {
            await client.BatchV1.CreateNamespacedJobAsync(job, "ml");
        }

        var record = jobs.Last().Metadata.Name;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            while (server.Jobs.Single(j => j.Metadata.Name == record).Status is not { } status || (status.Succeeded != 1 && !(status.Failed > 0)))
            {
                await Task.Delay(100, timeout.Token);
            }
        }

        Assert.All(server.Jobs, j => Assert.True(j.Status.Succeeded == 1, $"Job {j.Metadata.Name} did not succeed: {KubernetesJson.Serialize(j.Status)}"));
        var arguments = new Dictionary<string, object?>
        {
            ["readings"] = DataFile.From(Path.Combine(data, "readings.csv")),
            ["notes"] = new[] { DataFile.From(Path.Combine(data, "a.txt")) },
        };
        var inProcess = await InProcessExecutor.Default.ExecuteAsync(
            new ExecutionRequest(Readings.Definition, arguments, new RunOptions { StorePath = Path.Combine(_directory, "inprocess") }), CancellationToken.None);
        Assert.Equal("90 over 2 readings; a.txt: 1 words", inProcess.Output<string>("Summarize"));
        RecordedRuns.AssertSameArtifacts(store, RunId, "kubernetes-jobs", inProcess.Steps.ToDictionary(s => s.Name, s => s.Artifacts));

        // The run file holds each data file's hash and the store's copy; the recorded run and its cache keys use that hash.
        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("4\n5\n")));
        using var runFile = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(store, "tasks", RunId, "run.json")));
        var readings = runFile.RootElement.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "readings");
        var file = Assert.Single(readings.GetProperty("files").EnumerateArray());
        Assert.Equal(hash, file.GetProperty("contentHash").GetString());
        Assert.Equal("4\n5\n", await File.ReadAllTextAsync(Path.Combine(store, file.GetProperty("storePath").GetString()!)));
        using var recorded = WeftStore.Open(store);
        using var expected = WeftStore.Open(Path.Combine(_directory, "inprocess"));
        Assert.Equal(hash, recorded.GetRun(RunId)!.Run.Parameters.Single(p => p.Name == "readings").ContentHash);
        Assert.Equal(
            expected.GetRun(inProcess.RunId)!.Steps.OrderBy(s => s.Node, StringComparer.Ordinal).Select(s => (s.Node, s.CacheKey)),
            recorded.GetRun(RunId)!.Steps.OrderBy(s => s.Node, StringComparer.Ordinal).Select(s => (s.Node, s.CacheKey)));
    }
}
