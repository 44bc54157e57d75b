using k8s.Models;

namespace Weft.Kubernetes.Orchestration;

/// <summary>What <see cref="StepJobManifest"/> needs to build one step's Job.</summary>
internal sealed record StepJobRequest
{
    public required string RunId { get; init; }

    public required string Pipeline { get; init; }

    /// <summary>The node's name, as <c>app step</c> takes it.</summary>
    public required string Node { get; init; }

    public required string Namespace { get; init; }

    public required string Image { get; init; }

    public required KubernetesOrchestratorOptions Options { get; init; }

    public ResourceRequest? Resources { get; init; }

    /// <summary>
    /// The 1-based attempt this Job runs when the orchestrator's engine owns attempts (each gets a Job of its own, which never
    /// retries); <see langword="null"/> for a Job that makes all attempts itself (<see cref="Retries"/>), as rendered
    /// manifests run without an orchestrator.
    /// </summary>
    public int? Attempt { get; init; }

    /// <summary>How many times a Job without <see cref="Attempt"/> retries its pod (<c>backoffLimit</c>).</summary>
    public int Retries { get; init; }

    /// <summary>The orchestrating process's run session, which makes Job names unique across resumptions of a run.</summary>
    public string Session { get; init; } = "";

    /// <summary>The attempt's time limit; Kubernetes enforces it too (<c>activeDeadlineSeconds</c>), should this process die.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The object that owns the Job (the run's ConfigMap).</summary>
    public V1OwnerReference? Owner { get; init; }
}
