namespace Weft.Kubernetes;

/// <summary>
/// Where and how the <c>kubernetes</c> orchestrator runs steps: the namespace, the image (when the pipeline names none), the
/// claim of the shared artifact store and where pods mount it, and how hard it retries the API server.
/// </summary>
public sealed record KubernetesOrchestratorOptions
{
    /// <summary>The default mount path of the artifact store in every step pod: <c>/weft/store</c>.</summary>
    public const string DefaultStoreMountPath = "/weft/store";

    /// <summary>The default PersistentVolumeClaim holding the artifact store: <c>weft-store</c>.</summary>
    public const string DefaultStoreClaim = "weft-store";

    /// <summary>The namespace of the run's Jobs; default: the kubeconfig context's namespace, else <c>default</c>.</summary>
    public string? Namespace { get; init; }

    /// <summary>
    /// The image of steps whose pipeline and step name none with <c>[Image]</c> (environment: <c>WEFT_IMAGE</c>). Its
    /// entrypoint must be the program's generated entrypoint, which serves <c>step &lt;pipeline&gt; &lt;step&gt; --run … --store …</c>.
    /// </summary>
    public string? Image { get; init; }

    /// <summary>
    /// An image every step runs in, whatever <c>[Image]</c> says: a development build of the program, or a mirror of the
    /// released image.
    /// </summary>
    public string? ImageOverride { get; init; }

    /// <summary>The PersistentVolumeClaim that holds the artifact store (environment: <c>WEFT_STORE_CLAIM</c>); ReadWriteMany when steps run on several nodes.</summary>
    public string StoreClaim { get; init; } = DefaultStoreClaim;

    /// <summary>
    /// Where pods mount the store (environment: <c>WEFT_STORE_MOUNT</c>). The orchestrator reads and writes the same store at
    /// <see cref="RunOptions.StorePath"/>: the same volume, seen from its own side (in-cluster, the same path).
    /// </summary>
    public string StoreMountPath { get; init; } = DefaultStoreMountPath;

    /// <summary>The service account of step pods, if not the namespace's default.</summary>
    public string? ServiceAccountName { get; init; }

    /// <summary>The image pull policy of step containers (<c>IfNotPresent</c>, <c>Always</c>, <c>Never</c>); default: the cluster's.</summary>
    public string? ImagePullPolicy { get; init; }

    /// <summary>
    /// How long a finished Job is kept if the orchestrator could not delete it (it died): Kubernetes removes it after this many
    /// seconds (default one day). The orchestrator deletes a run's Jobs itself when the run ends.
    /// </summary>
    public int? TtlSecondsAfterFinished { get; init; } = 86400;

    /// <summary>
    /// The pod this orchestrator runs in, when it runs in the cluster (environment: <c>WEFT_OWNER_POD_NAME</c> and
    /// <c>WEFT_OWNER_POD_UID</c>, from the downward API): it then owns each run's ConfigMap, which owns the run's Jobs, so
    /// that deleting the driver Job deletes everything its runs made.
    /// </summary>
    public (string Name, string Uid)? OwnerPod { get; init; }

    /// <summary>How many times an API request is retried after 429, 5xx or a connection error (default 6).</summary>
    public int ApiRetries { get; init; } = 6;

    /// <summary>The wait before the first retry of an API request; it doubles on each further one up to <see cref="ApiMaxRetryDelay"/>.</summary>
    public TimeSpan ApiRetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two retries of an API request, a <c>Retry-After</c> included (default 30 s).</summary>
    public TimeSpan ApiMaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a watch stays open before it is renewed from its last resourceVersion (default 5 minutes; the API server
    /// closes long watches itself).
    /// </summary>
    public TimeSpan WatchTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The options from the environment: <c>WEFT_K8S_NAMESPACE</c>, <c>WEFT_IMAGE</c>, <c>WEFT_STORE_CLAIM</c>,
    /// <c>WEFT_STORE_MOUNT</c>, <c>WEFT_OWNER_POD_NAME</c> and <c>WEFT_OWNER_POD_UID</c>.
    /// </summary>
    public static KubernetesOrchestratorOptions FromEnvironment()
    {
        var options = new KubernetesOrchestratorOptions
        {
            Namespace = Variable("WEFT_K8S_NAMESPACE"),
            Image = Variable("WEFT_IMAGE"),
        };
        if (Variable("WEFT_STORE_CLAIM") is { } claim)
        {
            options = options with { StoreClaim = claim };
        }

        if (Variable("WEFT_STORE_MOUNT") is { } mount)
        {
            options = options with { StoreMountPath = mount };
        }

        if (Variable("WEFT_OWNER_POD_NAME") is { } pod && Variable("WEFT_OWNER_POD_UID") is { } uid)
        {
            options = options with { OwnerPod = (pod, uid) };
        }

        return options;
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;
}
