using k8s;
using Weft.Kubernetes.Tests.Orchestration.Pipelines;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// The <c>kubernetes</c> orchestrator against a real cluster (<see cref="E2EFactAttribute"/>): the pipeline's steps run as
/// pods of an image of tests/Weft.Kubernetes.TestApp, with the store on a shared claim that this machine sees too.
/// </summary>
public sealed class RealClusterTests
{
    [E2EFact]
    public async Task Fanout_OnARealCluster_GivesTheInProcessResults_AndLeavesNoJob()
    {
        var kubeconfig = Environment.GetEnvironmentVariable(E2EFactAttribute.Variable)!;
        var configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig);
        using var client = new k8s.Kubernetes(configuration);
        var options = new KubernetesOrchestratorOptions
        {
            Namespace = Environment.GetEnvironmentVariable("WEFT_E2E_NAMESPACE") ?? configuration.Namespace ?? "default",
            ImageOverride = Required("WEFT_E2E_IMAGE"),
            StoreClaim = Required("WEFT_E2E_STORE_CLAIM"),
            StoreMountPath = Environment.GetEnvironmentVariable("WEFT_E2E_STORE_MOUNT") ?? KubernetesOrchestratorOptions.DefaultStoreMountPath,
        };
        var store = Required("WEFT_E2E_STORE");
        var executor = new KubernetesExecutor(client, options, TimeSpan.FromMilliseconds(200));

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var run = await executor.ExecuteAsync(new ExecutionRequest(Fanout.Definition, new Dictionary<string, object?>(), new RunOptions { StorePath = store }), timeout.Token);
        var local = Path.Combine(Path.GetTempPath(), "weft-k8s-e2e", Guid.NewGuid().ToString("N"));
        var expected = await InProcessExecutor.Default.ExecuteAsync(
            new ExecutionRequest(Fanout.Definition, new Dictionary<string, object?>(), new RunOptions { StorePath = local }), CancellationToken.None);

        Assert.True(run.Status == RunStatus.Succeeded, run.Error);
        foreach (var (want, got) in expected.Steps.Zip(run.Steps))
        {
            Assert.Equal(want.Artifacts.OrderBy(a => a.Key, StringComparer.Ordinal), got.Artifacts.OrderBy(a => a.Key, StringComparer.Ordinal));
        }

        var left = await client.BatchV1.ListNamespacedJobAsync(options.Namespace, labelSelector: KubernetesLabels.RunSelector(run.RunId));
        Assert.Empty(left.Items);
    }

    private static string Required(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{E2EFactAttribute.Variable} is set, so the real-cluster test runs; it needs {variable} too.");
}
