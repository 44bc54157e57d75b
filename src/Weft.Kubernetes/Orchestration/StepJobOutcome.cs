using k8s.Models;

namespace Weft.Kubernetes.Orchestration;

/// <summary>How a step's Job ended, its pods (oldest first), and the exit code of the last one's container, if it ran to an end.</summary>
internal sealed record StepJobOutcome(JobEnd End, IReadOnlyList<V1Pod> Pods, int? ExitCode)
{
    /// <summary>How many pods ran: the attempts Kubernetes made.</summary>
    public int Attempts => Math.Max(1, Pods.Count);

    /// <summary>The last pod's container termination, if any.</summary>
    public V1ContainerStateTerminated? Terminated => Pods.Count == 0 ? null : StepJobRunner.TerminatedOf(Pods[^1]);
}
