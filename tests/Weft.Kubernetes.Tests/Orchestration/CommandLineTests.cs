using Weft.Kubernetes.Tests.Manifests.Infrastructure;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// <c>app run &lt;pipeline&gt; --orchestrator kubernetes</c> in a program that references Weft.Kubernetes: its generated Main
/// registers the orchestrator, which finds the cluster through KUBECONFIG.
/// </summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Run_WithTheKubernetesOrchestrator_RunsThroughTheKubeconfigsCluster()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var kubeconfig = await cluster.WriteKubeconfigAsync();

        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig },
            "run", "Faulty", "--param", "mode=ok", "--orchestrator", "kubernetes", "--store", cluster.Store);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"ok done\"", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, cluster.Server.Calls.Count(c => c.Verb == "create" && c.Resource == "jobs" && c.Path.StartsWith($"/apis/batch/v1/namespaces/{PipelineCluster.Namespace}/", StringComparison.Ordinal)));
        Assert.Empty(cluster.Server.Jobs);
        Assert.Empty(cluster.Server.Pods);
    }

    [Fact]
    public async Task Run_WithoutAKubeconfig_FailsBeforeAnyOutput_ExitFive_WithOneLineSayingWhereItLooked()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var missing = Path.Combine(cluster.Root, "no-such-kubeconfig");

        // A cluster problem, not the pipeline's: no run is recorded that would then have to be resumed.
        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, new Dictionary<string, string> { ["KUBECONFIG"] = missing },
            "run", "Faulty", "--orchestrator", "kubernetes", "--store", cluster.Store);

        Assert.Equal(5, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            $"No Kubernetes cluster is configured: there is no kubeconfig at {missing} and this is not a pod in a cluster; set KUBECONFIG to the cluster's kubeconfig.",
            result.SingleError());
        Assert.False(File.Exists(Path.Combine(cluster.Store, "weft.db")), "The run was recorded although it could not start.");
    }

    [Fact]
    public async Task Run_WithoutAnImage_FailsBeforeAnyOutput_WithOneLineSayingHowToSetIt()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var kubeconfig = await cluster.WriteKubeconfigAsync();

        // samples/HousePrices names no [Image]: on Kubernetes it runs in the image WEFT_IMAGE names (here unset).
        var result = await ProgramRun.RunAsync(ProgramRun.HousePrices, new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig },
            "run", "Training", "--orchestrator", "kubernetes", "--store", cluster.Store);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            "Pipeline 'Training' has no image to run on Kubernetes: set WEFT_IMAGE to the image built from this program (dotnet publish -t:PublishContainer; KubernetesOrchestratorOptions.Image in code), or put [Image(\"repository@sha256:...\")] on the pipeline.",
            result.SingleError());
        Assert.Empty(cluster.Server.Calls);
        Assert.False(File.Exists(Path.Combine(cluster.Store, "weft.db")), "The run was recorded although it could not start.");
    }
}
