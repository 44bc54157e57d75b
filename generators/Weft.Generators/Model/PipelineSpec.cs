using Weft.Generators.Helpers;
using Weft.Generators.Serialization;

namespace Weft.Generators.Model;

/// <summary>
/// Everything the emitter needs to write one pipeline's source, as plain values.
/// </summary>
/// <remarks>
/// Must stay immutable and value-equal (strings, bools, ints, <see cref="EquatableArray{T}"/>): the incremental driver
/// compares it with the previous run's to decide whether to emit again, and holding a symbol or syntax node would both
/// defeat that comparison and keep old compilations alive.
/// </remarks>
internal sealed record PipelineSpec(
    string Namespace,
    string ClassName,
    string PipelineName,
    string FullTypeName,
    EquatableArray<ParameterSpec> Parameters,
    EquatableArray<NodeSpec> Nodes,
    string? Schedule,
    string? Image,
    ResourceSpec? Resources)
{
    public string HintName => (Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName) + ".Pipeline.g.cs";

    public EquatableArray<TypeShape> SerializerRoots { get; init; } = EquatableArray<TypeShape>.Empty;
}
