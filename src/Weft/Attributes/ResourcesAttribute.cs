namespace Weft;

/// <summary>Resources a step (or every step of a pipeline) requests when it runs in a container or pod.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ResourcesAttribute : Attribute
{
    /// <summary>CPU request in Kubernetes quantity syntax, for example <c>"2"</c> or <c>"500m"</c>.</summary>
    public string? Cpu { get; set; }

    /// <summary>Memory request in Kubernetes quantity syntax, for example <c>"2Gi"</c>.</summary>
    public string? Memory { get; set; }

    /// <summary>Number of GPUs requested.</summary>
    public int Gpu { get; set; }
}
