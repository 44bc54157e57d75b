using Weft.Generators.Serialization;

namespace Weft.Generators.Model;

/// <summary>One of <c>Define</c>'s parameters: a pipeline parameter.</summary>
/// <remarks>Value-equal on purpose: see <see cref="PipelineSpec"/>.</remarks>
internal sealed record ParameterSpec(string Name, string TypeFullName, string TypeDisplay, string? DefaultLiteral, TypeShape Shape);
