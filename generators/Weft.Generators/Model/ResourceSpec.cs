namespace Weft.Generators.Model;

/// <summary>The values of a <c>[Resources]</c> attribute.</summary>
/// <remarks>Value-equal on purpose: see <see cref="PipelineSpec"/>.</remarks>
internal sealed record ResourceSpec(string? Cpu, string? Memory, int Gpu);
