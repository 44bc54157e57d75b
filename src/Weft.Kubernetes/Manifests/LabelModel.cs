namespace Weft.Kubernetes.Manifests;

/// <summary>A Kubernetes label, as templates see it (<c>label.key</c>, <c>label.value</c>).</summary>
internal sealed record LabelModel(string Key, string Value);
