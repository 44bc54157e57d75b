using k8s;
using Weft.Cli;
using Weft.Kubernetes.Orchestration;

namespace Weft.Kubernetes;

/// <summary>
/// The <c>kubernetes</c> orchestrator: every step attempt runs as a batch/v1 Job of the pipeline's image, whose entrypoint
/// serves <c>step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;mount&gt;</c>, with the artifact store on a
/// PersistentVolumeClaim mounted at the same path in every pod. Scheduling, caching, retries, time limits, resume and the
/// metadata database are the engine's, as with the <c>process</c> orchestrator: step pods touch only the store's files.
/// </summary>
/// <remarks>
/// Progress comes from two watches per run (Jobs and Pods labelled with the run), resumed from their last resourceVersion
/// when they drop and listed again on 410 Gone; a step costs one create and one log read. Transient API errors (429 after
/// the wait the server asks for, 5xx, connection failures) are retried with backoff, and a create answered 409 adopts the
/// run's own Job. When a run ends (succeeded, failed or cancelled) its Jobs are deleted with their pods (propagation
/// Background), and the ConfigMap that stands for the run and owns them.
/// </remarks>
public sealed class KubernetesExecutor : IPipelineExecutor
{
    private readonly KubernetesStepLauncher _launcher;
    private readonly StepLaunchExecutor _engine;

    /// <summary>
    /// Creates the orchestrator for the cluster of the environment: in a pod, its service account; else <c>KUBECONFIG</c> or
    /// <c>~/.kube/config</c>. Nothing is read until a run starts; a missing configuration fails the run's first step with one
    /// line saying where it looked.
    /// </summary>
    /// <param name="options">Namespace, image, store claim; <see langword="null"/> for <see cref="KubernetesOrchestratorOptions.FromEnvironment"/>.</param>
    public KubernetesExecutor(KubernetesOrchestratorOptions? options = null)
        : this(options ?? KubernetesOrchestratorOptions.FromEnvironment(), connect: null, retryBaseDelay: null)
    {
    }

    /// <summary>Creates the orchestrator for a given client.</summary>
    /// <param name="client">The cluster's API.</param>
    /// <param name="options">Namespace, image, store claim.</param>
    /// <param name="retryBaseDelay">The wait after a step's first failed attempt; it doubles on each further one, up to 10 seconds.</param>
    public KubernetesExecutor(IKubernetes client, KubernetesOrchestratorOptions options, TimeSpan retryBaseDelay)
        : this(options, () => (client, client.BaseUri?.ToString() ?? "the cluster", null), retryBaseDelay)
    {
        ArgumentNullException.ThrowIfNull(client);
    }

    private KubernetesExecutor(KubernetesOrchestratorOptions options, Func<(IKubernetes, string, string?)>? connect, TimeSpan? retryBaseDelay)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _connectsItself = connect is null;
        connect ??= KubernetesConnection.Connect;
        _launcher = new KubernetesStepLauncher(options, () =>
        {
            var (client, server, configuredNamespace) = connect();
            var ns = options.Namespace ?? configuredNamespace ?? "default";
            return new KubernetesApi(client, ns, new ApiRetry(options, server));
        });
        _engine = retryBaseDelay is { } delay
            ? new StepLaunchExecutor(KubernetesOrchestratorName.Value, _launcher, delay)
            : new StepLaunchExecutor(KubernetesOrchestratorName.Value, _launcher);
    }

    // Whether it finds the cluster itself (KUBECONFIG, ~/.kube/config, the pod's account) rather than being given a client.
    private readonly bool _connectsItself;

    /// <summary>Where and how steps run.</summary>
    public KubernetesOrchestratorOptions Options { get; }

    /// <inheritdoc cref="InProcessExecutor.ExecuteAsync(ExecutionRequest, CancellationToken)"/>
    /// <exception cref="ArgumentException">A step has no image: neither it nor its pipeline has <c>[Image]</c>, and <see cref="KubernetesOrchestratorOptions.Image"/> is not set.</exception>
    public async Task<PipelineRun> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = request.Definition;
        CheckImages(definition);
        _launcher.Open(request.RunId, definition.Name, request.Options.LoggerFactory);
        try
        {
            return await _engine.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _launcher.CloseAsync(request.RunId).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Checks that every step has an image to run in and that there is a cluster to run them on (the command line checks
    /// before it shows or records the run).
    /// </summary>
    /// <exception cref="ArgumentException">A step has no image; the message says how to give it one.</exception>
    /// <exception cref="CommandLineException">No cluster is configured (exit code <see cref="ExitCodes.ClusterError"/>); the message says where it looked.</exception>
    public void CheckRunnable(PipelineDefinition definition, RunOptions options)
    {
        CheckImages(definition);
        if (_connectsItself && !KubernetesConnection.IsConfigured(out var problem))
        {
            throw new CommandLineException(ExitCodes.ClusterError, problem!);
        }
    }

    private void CheckImages(PipelineDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var missing = definition.Nodes.Where(node => ImageOf(definition, node, Options) is null).Select(node => node.Name).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // A pipeline without any image is the usual case (a first run): say where the image comes from.
        throw new ArgumentException(missing.Count == definition.Nodes.Count
            ? $"Pipeline '{definition.Name}' has no image to run on Kubernetes: set WEFT_IMAGE to the image built from this program (dotnet publish -t:PublishContainer; KubernetesOrchestratorOptions.Image in code), or put [Image(\"repository@sha256:...\")] on the pipeline."
            : $"{(missing.Count == 1 ? "Step" : "Steps")} {string.Join(", ", missing.Select(name => $"'{name}'"))} of pipeline '{definition.Name}' {(missing.Count == 1 ? "has" : "have")} no image to run on Kubernetes: put [Image(\"repository@sha256:...\")] on the pipeline or the step, or set WEFT_IMAGE.");
    }

    /// <summary>
    /// The image a step runs in: <see cref="KubernetesOrchestratorOptions.ImageOverride"/>, else its own <c>[Image]</c>, else
    /// the pipeline's, else <see cref="KubernetesOrchestratorOptions.Image"/>.
    /// </summary>
    internal static string? ImageOf(PipelineDefinition definition, StepNode node, KubernetesOrchestratorOptions options)
        => options.ImageOverride ?? node.Policy.Image ?? definition.Image ?? options.Image;
}
