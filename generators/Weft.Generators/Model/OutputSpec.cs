using Weft.Generators.Serialization;

namespace Weft.Generators.Model;

/// <summary>An output of a step: <c>value</c>, or a tuple element.</summary>
/// <remarks>Value-equal on purpose: see <see cref="PipelineSpec"/>.</remarks>
internal sealed record OutputSpec(string Name, string Member, string TypeFullName, string TypeDisplay, TypeShape Shape);
