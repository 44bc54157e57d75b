namespace Weft.Kubernetes.Manifests;

/// <summary>What a pipeline's run is rendered as.</summary>
internal enum RenderTarget
{
    /// <summary>Kubernetes objects: one Job per step, or the driver Job (a CronJob for a scheduled pipeline).</summary>
    Kubernetes,

    /// <summary>An Argo Workflows <c>Workflow</c> with one DAG task per step.</summary>
    Argo,
}
