using k8s.Models;

namespace Weft.Kubernetes.Orchestration;

/// <summary>What a run's watches know about one of its Jobs: its latest state, its pods, and whether it has ended.</summary>
internal sealed class JobTrack
{
    public TaskCompletionSource<JobEnd> End { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public V1Job? Job { get; set; }

    /// <summary>The Job's pods by name, as last seen (a deleted pod keeps its last state).</summary>
    public Dictionary<string, V1Pod> Pods { get; } = new(StringComparer.Ordinal);

    /// <summary>The pods seen deleted.</summary>
    public HashSet<string> DeletedPods { get; } = new(StringComparer.Ordinal);
}
