namespace Weft;

/// <summary>Resources requested for a step's container.</summary>
/// <param name="Cpu">CPU quantity (<c>"2"</c>, <c>"500m"</c>), if any.</param>
/// <param name="Memory">Memory quantity (<c>"2Gi"</c>), if any.</param>
/// <param name="Gpu">GPU count.</param>
public sealed record ResourceRequest(string? Cpu, string? Memory, int Gpu);
