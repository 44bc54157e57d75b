using Weft.Cli;
using Weft.Kubernetes.Manifests;

namespace Weft.Kubernetes.Tests.Manifests.Apply;

/// <summary><c>k8s apply</c>'s client side against a loopback API server: create, then replace on the second apply.</summary>
public sealed class ApplyTests : IAsyncLifetime
{
    private readonly RecordingApiServer _server = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("weft-apply-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task FirstApply_CreatesEveryObjectInOrder_AtItsApiPath()
    {
        var lines = await ApplyAsync(Renders.Report());

        Assert.Equal(
            ["serviceaccount/weft-report created", "role/weft-report created", "rolebinding/weft-report created", "persistentvolumeclaim/weft-store created",
             "configmap/weft-report-20261128-120000-abcdef-parameters created",
             .. Pipelines.Report.Definition.Nodes.Select(n => $"job/{KubernetesLabels.JobName(Renders.RunId, n.Name)} created"),
             "job/weft-report-20261128-120000-abcdef-record created"],
            lines);
        Assert.Equal(
            ["POST /api/v1/namespaces/ml/serviceaccounts", "POST /apis/rbac.authorization.k8s.io/v1/namespaces/ml/roles",
             "POST /apis/rbac.authorization.k8s.io/v1/namespaces/ml/rolebindings", "POST /api/v1/namespaces/ml/persistentvolumeclaims",
             "POST /api/v1/namespaces/ml/configmaps", "POST /apis/batch/v1/namespaces/ml/jobs", "POST /apis/batch/v1/namespaces/ml/jobs",
             "POST /apis/batch/v1/namespaces/ml/jobs", "POST /apis/batch/v1/namespaces/ml/jobs", "POST /apis/batch/v1/namespaces/ml/jobs",
             "POST /apis/batch/v1/namespaces/ml/jobs"],
            _server.Requests);
        var job = _server.Object("/apis/batch/v1/namespaces/ml/jobs/" + KubernetesLabels.JobName(Renders.RunId, "Measure"))!;
        Assert.Equal("Measure", job["metadata"]!["labels"]!["weft.dev/step"]!.GetValue<string>());
        Assert.Equal(2, job["spec"]!["backoffLimit"]!.GetValue<int>());
    }

    [Fact]
    public async Task SecondApply_ReplacesObjects_RecreatesJobs_AndKeepsTheStoreClaim()
    {
        await ApplyAsync(Renders.Report(driver: true));
        var before = _server.Requests.Count;

        var lines = await ApplyAsync(Renders.Report(driver: true) with { Parameters = ["rows=7"] });

        Assert.Equal(
            ["serviceaccount/weft-report replaced", "role/weft-report replaced", "rolebinding/weft-report replaced",
             "persistentvolumeclaim/weft-store kept (it holds the store)", "configmap/weft-report-20261128-120000-abcdef-parameters replaced",
             "job/weft-report-20261128-120000-abcdef replaced"],
            lines);
        var second = _server.Requests.Skip(before).ToList();
        Assert.Contains("PUT /api/v1/namespaces/ml/configmaps/weft-report-20261128-120000-abcdef-parameters", second);
        Assert.Contains("DELETE /apis/batch/v1/namespaces/ml/jobs/weft-report-20261128-120000-abcdef", second);
        Assert.DoesNotContain(second, r => r.StartsWith("PUT /api/v1/namespaces/ml/persistentvolumeclaims", StringComparison.Ordinal));
        Assert.Equal("7", _server.Object("/api/v1/namespaces/ml/configmaps/weft-report-20261128-120000-abcdef-parameters")!["data"]!["rows"]!.GetValue<string>());
    }

    [Fact]
    public async Task ArgoWorkflow_IsCreatedThroughTheCustomObjectsApi()
    {
        var lines = await ApplyAsync(Renders.Report(RenderTarget.Argo));

        Assert.Equal("workflow/weft-report-20261128-120000-abcdef created", lines[^1]);
        var workflow = _server.Object("/apis/argoproj.io/v1alpha1/namespaces/ml/workflows/weft-report-20261128-120000-abcdef")!;
        Assert.Equal("pipeline", workflow["spec"]!["entrypoint"]!.GetValue<string>());
        Assert.Equal("2", workflow["spec"]!["templates"]![2]!["retryStrategy"]!["limit"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnreachableCluster_IsOneClusterError_NamingTheAddress()
    {
        var kubeconfig = Path.Combine(_directory, "config");
        var port = RecordingApiServer.FreePort();
        File.WriteAllText(kubeconfig, File.ReadAllText(_server.WriteKubeconfig(kubeconfig)).Replace($":{_server.Port}", $":{port}", StringComparison.Ordinal));
        using var client = ClusterConnection.Connect(kubeconfig, null);

        var ex = await Assert.ThrowsAsync<CommandLineException>(() => new ManifestApplier(client).ApplyAsync(ManifestRenderer.Render(Renders.Report()), CancellationToken.None));

        Assert.Equal(ExitCodes.ClusterError, ex.ExitCode);
        Assert.StartsWith($"Cannot reach the Kubernetes API at http://127.0.0.1:{port}/", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKubeconfig_IsOneClusterError()
    {
        var ex = Assert.Throws<CommandLineException>(() => ClusterConnection.Connect(Path.Combine(_directory, "nope"), null));

        Assert.Equal(ExitCodes.ClusterError, ex.ExitCode);
        Assert.Equal($"Kubeconfig '{Path.Combine(_directory, "nope")}' does not exist; pass the path of an existing one with --kubeconfig.", ex.Message);
    }

    private async Task<IReadOnlyList<string>> ApplyAsync(RenderRequest request)
    {
        using var client = ClusterConnection.Connect(_server.WriteKubeconfig(Path.Combine(_directory, "config")), null);
        return await new ManifestApplier(client).ApplyAsync(ManifestRenderer.Render(request), CancellationToken.None);
    }
}
