namespace Weft.Kubernetes.Manifests;

/// <summary>What to render for one run of a pipeline.</summary>
internal sealed record RenderRequest
{
    /// <summary>The default name of the store's PersistentVolumeClaim, shared by the pipelines of a namespace (and so is their cache).</summary>
    public const string DefaultStoreClaim = KubernetesOrchestratorOptions.DefaultStoreClaim;

    public required PipelineDefinition Definition { get; init; }

    /// <summary>The run id the step Jobs and the Workflow are named and labelled after.</summary>
    public required string RunId { get; init; }

    /// <summary>The image every step runs in unless the step names its own (<c>--image</c>, else the pipeline's <c>[Image]</c>).</summary>
    public string? Image { get; init; }

    public string Namespace { get; init; } = "default";

    /// <summary><c>name=value</c> pairs as typed; parameters not given keep their defaults.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>An existing claim to mount; when set, no claim is rendered.</summary>
    public string? StoreClaim { get; init; }

    /// <summary>Where every pod mounts the store.</summary>
    public const string DefaultStoreMountPath = KubernetesOrchestratorOptions.DefaultStoreMountPath;

    public string StoreMountPath { get; init; } = DefaultStoreMountPath;

    /// <summary>The size of the rendered store claim.</summary>
    public string StoreSize { get; init; } = "10Gi";

    public RenderTarget Target { get; init; } = RenderTarget.Kubernetes;

    /// <summary>Render the Job that runs the orchestrator in the cluster instead of one Job per step.</summary>
    public bool Driver { get; init; }

    /// <summary>The run seed every step's <c>Step.Seed</c> derives from; <see langword="null"/> for the fixed default seed.</summary>
    public long? Seed { get; init; }

    /// <summary>A folder of the user's templates that replace the built-in ones of the same file name.</summary>
    public string? TemplatesDirectory { get; init; }
}
