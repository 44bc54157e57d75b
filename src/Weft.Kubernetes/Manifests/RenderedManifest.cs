namespace Weft.Kubernetes.Manifests;

/// <summary>One rendered Kubernetes object: its kind and name (for files and messages) and its YAML.</summary>
/// <param name="Kind">The object's kind (<c>Job</c>, <c>Workflow</c>…).</param>
/// <param name="Name">The object's name.</param>
/// <param name="Template">The template file it came from.</param>
/// <param name="Yaml">The YAML document, ending with a newline.</param>
internal sealed record RenderedManifest(string Kind, string Name, string Template, string Yaml);
