using System.Diagnostics;
using Weft.Kubernetes.Tests.ApiServer;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Storage;
using Xunit.Abstractions;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// samples/HousePrices as its own project builds it, run the way a user runs it on a cluster:
/// <c>HousePrices run Training --orchestrator kubernetes</c> with <c>KUBECONFIG</c> naming the test API server and
/// <c>WEFT_IMAGE</c> naming the sample's image, whose pods the server runs as the sample's own entrypoint with the store
/// claim mounted. Compared with the same run in process: same outputs, artifact ids, cache keys and metrics.
/// </summary>
public sealed class HousePricesTests(ITestOutputHelper output)
{
    /// <summary>The sample's image, pinned as a user's would be; the test server runs it as the built sample.</summary>
    private const string Image = "localhost:5000/houseprices@sha256:0c5e4a1f0f2b6f1d3f7a9d1e8c2b4a6d0e9f8c7b6a5d4e3f2a1b0c9d8e7f6a5b";

    /// <summary>What a run costs besides its steps: the run's ConfigMap, a list and a watch each of Jobs and Pods, and the cleanup.</summary>
    private const int RequestsPerRun = 7;

    private static readonly string[] s_steps = ["Evaluate", "Fit", "Predict", "Simulate", "Split"];

    // Not the defaults, so that parameters and seed are seen to reach the pods; small enough to keep the test in seconds.
    private static readonly string[] s_arguments = ["run", "Training", "--param", "houses=2000", "--param", "trees=60", "--seed", "7"];

    [Fact]
    public async Task Training_RunsToCompletionThroughTheKubeconfigsCluster_WithTheInProcessOutputsAndArtifactIds()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        cluster.Server.Images[Image] = new HostEntrypoint("dotnet", [ProgramRun.HousePrices]);
        var kubeconfig = await cluster.WriteKubeconfigAsync();
        var inProcessStore = Path.Combine(cluster.Root, "inprocess-store");

        var clock = Stopwatch.StartNew();
        var expected = await ProgramRun.RunAsync(ProgramRun.HousePrices, null, [.. s_arguments, "--store", inProcessStore]);
        var inProcessTime = clock.Elapsed;
        clock.Restart();
        var result = await ProgramRun.RunAsync(ProgramRun.HousePrices,
            new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig, ["WEFT_IMAGE"] = Image },
            [.. s_arguments, "--orchestrator", "kubernetes", "--store", cluster.Store]);
        var kubernetesTime = clock.Elapsed;

        Assert.True(expected.ExitCode == 0, expected.ToString());
        Assert.True(result.ExitCode == 0, result.ToString() + "\n" + string.Join("\n", cluster.Server.ServerErrors));
        Assert.Equal("", result.Error);
        // What the user reads: the same outputs (artifact ids and values) and the same metrics.
        Assert.Equal(Section(expected.Output, "Outputs:"), Section(result.Output, "Outputs:"));
        Assert.Equal(Section(expected.Output, "Metrics:"), Section(result.Output, "Metrics:"));

        // What the stores recorded, step by step; every artifact the pods wrote is in the claim's store, verified by its hash.
        using var inProcess = WeftStore.OpenExisting(inProcessStore);
        using var onKubernetes = WeftStore.OpenExisting(cluster.Store);
        var want = inProcess.GetRun(Assert.Single(inProcess.ListRuns()).RunId)!;
        var got = onKubernetes.GetRun(Assert.Single(onKubernetes.ListRuns()).RunId)!;
        Assert.Equal(RunStatus.Succeeded, got.Run.Status);
        Assert.Equal("kubernetes", got.Run.Orchestrator);
        Assert.Equal(7, got.Run.Seed);
        Assert.Equal(want.Run.Seed, got.Run.Seed);
        Assert.Equal(want.Run.Parameters, got.Run.Parameters);
        Assert.Equal(s_steps, got.Steps.Select(s => s.Node).Order(StringComparer.Ordinal));
        foreach (var node in s_steps)
        {
            var wantStep = want.Steps.Single(s => s.Node == node);
            var gotStep = got.Steps.Single(s => s.Node == node);
            Assert.Equal(StepStatus.Succeeded, gotStep.Status);
            Assert.False(gotStep.Cached, node);
            Assert.Equal(1, gotStep.Attempts);
            Assert.Equal(wantStep.CodeFingerprint, gotStep.CodeFingerprint);
            Assert.Equal(wantStep.CacheKey, gotStep.CacheKey);
            Assert.Equal(wantStep.Outputs.Select(o => (o.Name, o.ArtifactId, o.Size)), gotStep.Outputs.Select(o => (o.Name, o.ArtifactId, o.Size)));
            Assert.Equal(wantStep.Metrics, gotStep.Metrics);
            Assert.Equal(wantStep.Metadata, gotStep.Metadata);
            // The pod said which image it ran in: the one its Job launched.
            Assert.Equal(Image, gotStep.Image);
            foreach (var artifact in gotStep.Outputs)
            {
                Assert.Equal(inProcess.ReadArtifactBytes(artifact.ArtifactId), onKubernetes.ReadArtifactBytes(artifact.ArtifactId));
            }

            Assert.True(File.Exists(Path.Combine(cluster.Store, gotStep.LogPath!)), $"{node} has no log");
        }

        // Per step: one Job create and one pod-log read in the kubeconfig's namespace; progress from the two watches, no get.
        var calls = cluster.Server.Calls;
        var steps = s_steps.Length;
        Assert.Equal(steps, calls.Count(c => c.Verb == "create" && c.Resource == "jobs" && c.Path.StartsWith($"/apis/batch/v1/namespaces/{PipelineCluster.Namespace}/", StringComparison.Ordinal)));
        Assert.Equal(steps, calls.Count(c => c.Verb == "log"));
        Assert.DoesNotContain(calls, c => c.Verb == "get");
        Assert.Equal(2, calls.Count(c => c.Verb == "watch"));
        Assert.Equal((2 * steps) + RequestsPerRun, calls.Count);
        var jobEvents = calls.Where(c => c.Verb == "watch" && c.Resource == "jobs").Sum(c => c.EventsSent);
        var podEvents = calls.Where(c => c.Verb == "watch" && c.Resource == "pods").Sum(c => c.EventsSent);
        Assert.InRange(jobEvents, 4 * steps, 6 * steps);
        Assert.InRange(podEvents, 4 * steps, 5 * steps);
        output.WriteLine(
            $"HousePrices Training, {steps} steps: {calls.Count} requests ({RequestsPerRun} per run; per step 1 create + 1 log read), "
            + $"watch events {jobEvents} on Jobs ({(double)jobEvents / steps:0.#} per step), {podEvents} on Pods ({(double)podEvents / steps:0.#} per step); "
            + $"in process {inProcessTime.TotalSeconds:0.0} s, on the test cluster {kubernetesTime.TotalSeconds:0.0} s");
        foreach (var call in calls)
        {
            output.WriteLine($"  {call.Verb,-16} {call.Resource,-10} {call.StatusCode} {call.Path}{call.Query}");
        }

        Assert.True(cluster.Server.ServerErrors.Count == 0, string.Join("\n", cluster.Server.ServerErrors));
        Assert.Empty(cluster.Server.Jobs);
        Assert.Empty(cluster.Server.Pods);
        Assert.Empty(cluster.Server.ConfigMaps);
    }

    /// <summary>The lines of a section of the run summary (<c>Outputs:</c>, <c>Metrics:</c>), up to the next unindented line.</summary>
    private static string Section(string text, string heading)
    {
        var lines = text.Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"No '{heading}' in:\n{text}");
        return string.Join('\n', lines.Skip(start + 1).TakeWhile(line => line.StartsWith(' ')));
    }
}
