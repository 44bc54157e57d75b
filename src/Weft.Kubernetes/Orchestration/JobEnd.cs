using k8s.Models;

namespace Weft.Kubernetes.Orchestration;

/// <summary>How a step's Job ended, with the Job as last seen and the reason Kubernetes gave.</summary>
internal sealed record JobEnd(JobEndKind Kind, V1Job? Job, string? Reason, string? Message);
