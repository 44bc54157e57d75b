using System.Reflection;
using Weft.Kubernetes.Tests.ApiServer;
using Weft.Kubernetes.Tests.Orchestration.Pipelines;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// A test API server whose image <see cref="TestImage.Reference"/> is tests/Weft.Kubernetes.TestApp (a real generated
/// entrypoint serving <c>step …</c>), with the store claim backed by a fresh folder, and the <c>kubernetes</c> orchestrator
/// pointed at it.
/// </summary>
internal sealed class PipelineCluster : IAsyncDisposable
{
    public const string Namespace = "weft-test";

    private PipelineCluster(TestApiServer server, string root)
    {
        Server = server;
        Root = root;
        Store = Path.Combine(root, "k8s-store");
        Directory.CreateDirectory(Store);
        Options = new KubernetesOrchestratorOptions
        {
            Namespace = Namespace,
            ApiRetryBaseDelay = TimeSpan.FromMilliseconds(20),
            ApiMaxRetryDelay = TimeSpan.FromSeconds(2),
        };
        Executor = new KubernetesExecutor(server.CreateClient(), Options, TimeSpan.FromMilliseconds(10));
    }

    /// <summary>The entrypoint program's assembly, wherever the build put it.</summary>
    public static string TestAppPath { get; } = typeof(PipelineCluster).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "WeftKubernetesTestApp").Value!;

    public TestApiServer Server { get; }

    public string Root { get; }

    /// <summary>The store the orchestrator records into, which pods see at the claim's mount path.</summary>
    public string Store { get; }

    public KubernetesOrchestratorOptions Options { get; }

    public KubernetesExecutor Executor { get; }

    public static async Task<PipelineCluster> StartAsync()
    {
        var server = await TestApiServer.StartAsync();
        var root = Path.Combine(Path.GetTempPath(), "weft-k8s-tests", Guid.NewGuid().ToString("N"));
        var cluster = new PipelineCluster(server, root);
        server.Images[TestImage.Reference] = new HostEntrypoint("dotnet", [TestAppPath]);
        server.Claims[KubernetesOrchestratorOptions.DefaultStoreClaim] = cluster.Store;
        return cluster;
    }

    /// <summary>Writes a kubeconfig whose current context is this cluster and <see cref="Namespace"/>, and returns its path.</summary>
    public async Task<string> WriteKubeconfigAsync()
    {
        var path = Path.Combine(Root, "kubeconfig");
        await File.WriteAllTextAsync(path, $$"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: test
              cluster:
                server: {{Server.BaseUri.ToString().TrimEnd('/')}}
            contexts:
            - name: test
              context:
                cluster: test
                user: test
                namespace: {{Namespace}}
            current-context: test
            users:
            - name: test
              user:
                token: test-token
            """);
        return path;
    }

    /// <summary>Runs a pipeline on the test cluster.</summary>
    public Task<PipelineRun> RunAsync(PipelineDefinition definition, IReadOnlyDictionary<string, object?>? arguments = null, CancellationToken cancellationToken = default)
        => Executor.ExecuteAsync(new ExecutionRequest(definition, arguments ?? new Dictionary<string, object?>(), new RunOptions { StorePath = Store }), cancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(90), CancellationToken.None);

    /// <summary>Runs a pipeline in this process, in a store of its own, for comparison.</summary>
    public Task<PipelineRun> RunInProcessAsync(PipelineDefinition definition, IReadOnlyDictionary<string, object?>? arguments = null)
        => InProcessExecutor.Default.ExecuteAsync(
            new ExecutionRequest(definition, arguments ?? new Dictionary<string, object?>(), new RunOptions { StorePath = Path.Combine(Root, "inprocess-store") }),
            CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder does not matter.
        }
    }
}
