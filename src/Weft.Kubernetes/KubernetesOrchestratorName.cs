namespace Weft.Kubernetes;

/// <summary>The names Weft.Kubernetes is known by on the command line and in <see cref="RunOptions.Orchestrator"/>.</summary>
public static class KubernetesOrchestratorName
{
    /// <summary>The orchestrator name that selects one Kubernetes Job per step: <c>kubernetes</c>.</summary>
    public const string Value = "kubernetes";
}
