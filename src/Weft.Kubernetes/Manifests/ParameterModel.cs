namespace Weft.Kubernetes.Manifests;

/// <summary>A pipeline parameter of the run: its ConfigMap key (the parameter's name), value text, and the driver's environment variable.</summary>
internal sealed record ParameterModel(string Name, string Value, string Env);
