namespace Weft.Kubernetes.Orchestration;

/// <summary>How a step's Job ended.</summary>
internal enum JobEndKind
{
    /// <summary>The Job completed: its pod's container exited 0.</summary>
    Succeeded,

    /// <summary>The Job failed: its pods failed more often than <c>backoffLimit</c> allows, or it ran past <c>activeDeadlineSeconds</c>.</summary>
    Failed,

    /// <summary>Its pod can never start (the image cannot be pulled, the pod spec is rejected by the kubelet).</summary>
    CannotStart,

    /// <summary>The Job was deleted before it finished, by someone other than this run.</summary>
    Deleted,
}
