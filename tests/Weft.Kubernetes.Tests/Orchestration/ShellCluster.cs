using Microsoft.Extensions.Logging.Abstractions;
using Weft.Kubernetes.Orchestration;
using Weft.Kubernetes.Tests.ApiServer;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// A test API server whose image <see cref="Image"/> runs a shell script (the container's args are <c>$0</c>…: <c>step</c>,
/// pipeline, step, <c>--run</c>, run, <c>--store</c>, store), and a run session against it: the Job machinery without a
/// pipeline program.
/// </summary>
internal sealed class ShellCluster : IAsyncDisposable
{
    public const string Image = "localhost/shell:1";
    public const string Namespace = "weft-test";

    private ShellCluster(TestApiServer server, string store)
    {
        Server = server;
        Store = store;
    }

    public TestApiServer Server { get; }

    public string Store { get; }

    public KubernetesOrchestratorOptions Options { get; } = new()
    {
        Namespace = Namespace,
        ApiRetryBaseDelay = TimeSpan.FromMilliseconds(20),
        ApiMaxRetryDelay = TimeSpan.FromSeconds(2),
    };

    public static async Task<ShellCluster> StartAsync(string script)
    {
        var server = await TestApiServer.StartAsync();
        var store = Path.Combine(Path.GetTempPath(), "weft-k8s-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(store);
        server.Images[Image] = new HostEntrypoint("/bin/sh", ["-c", script]);
        server.Claims[KubernetesOrchestratorOptions.DefaultStoreClaim] = store;
        return new ShellCluster(server, store);
    }

    public KubernetesRunSession Session(string runId, KubernetesOrchestratorOptions? options = null)
    {
        options ??= Options;
        var api = new KubernetesApi(Server.CreateClient(), Namespace, new ApiRetry(options, Server.BaseUri.ToString()));
        return new KubernetesRunSession(api, runId, "Shell", options, NullLogger.Instance);
    }

    public StepJobRequest Step(string runId, string node, int attempt = 1, TimeSpan? timeout = null) => new()
    {
        RunId = runId,
        Pipeline = "Shell",
        Node = node,
        Namespace = Namespace,
        Image = Image,
        Options = Options,
        Attempt = attempt,
        Timeout = timeout,
    };

    public string LogPath(string runId, string node) => Path.Combine(Store, "tasks", runId, node, "stdout.log");

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Store, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder does not matter.
        }
    }
}
