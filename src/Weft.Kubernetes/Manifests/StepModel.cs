namespace Weft.Kubernetes.Manifests;

/// <summary>One node of the pipeline as templates see it (<c>step.job_name</c>, <c>step.args</c>…).</summary>
/// <param name="Node">The node's name in the pipeline.</param>
/// <param name="JobName">Its Job's name.</param>
/// <param name="TaskName">Its Argo DAG task and template name.</param>
/// <param name="Image">The image its pod runs.</param>
/// <param name="Args">The entrypoint's arguments: <c>step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;mount path&gt;</c>.</param>
/// <param name="Retries">How many times a failed attempt is retried (the Job's <c>backoffLimit</c>).</param>
/// <param name="TimeoutSeconds">The step's time limit, if it has one (<c>activeDeadlineSeconds</c>).</param>
/// <param name="Cpu">CPU request, if any.</param>
/// <param name="Memory">Memory request and limit, if any.</param>
/// <param name="Gpu">GPUs (a limit), or 0.</param>
/// <param name="Dependencies">The task names of the nodes whose outputs it reads, ordinal order.</param>
/// <param name="Labels">Its labels, by key.</param>
internal sealed record StepModel(
    string Node,
    string JobName,
    string TaskName,
    string Image,
    IReadOnlyList<string> Args,
    int Retries,
    long? TimeoutSeconds,
    string? Cpu,
    string? Memory,
    int Gpu,
    IReadOnlyList<string> Dependencies,
    IReadOnlyList<LabelModel> Labels)
{
    /// <summary>The digest of <see cref="Image"/> when it is pinned (its container's <c>WEFT_IMAGE_DIGEST</c>), else <see langword="null"/>.</summary>
    public string? ImageDigest => Orchestration.ImageReference.DigestOf(Image);

    /// <summary>Whether any resource is requested (so the template writes a <c>resources</c> block).</summary>
    public bool HasResources => Cpu is not null || Memory is not null || Gpu > 0;

    /// <summary>Whether any limit is set (memory or GPUs).</summary>
    public bool HasLimits => Memory is not null || Gpu > 0;
}
