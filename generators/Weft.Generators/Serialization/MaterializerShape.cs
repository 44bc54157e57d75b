namespace Weft.Generators.Serialization;

/// <summary>A type stored by a user's <c>IMaterializer&lt;T&gt;</c> (named by <c>[Materializer]</c> on the type or the assembly).</summary>
/// <param name="MaterializerFullyQualifiedName">The materializer type, <c>global::</c>-qualified, for <c>new ...()</c>.</param>
/// <param name="MaterializerName">The materializer's full name without <c>global::</c>: part of the schema.</param>
internal sealed record MaterializerShape(
    string FullyQualifiedName,
    string UnannotatedName,
    string DisplayName,
    bool IsValueType,
    string MaterializerFullyQualifiedName,
    string MaterializerName)
    : TypeShape(FullyQualifiedName, UnannotatedName, DisplayName, IsValueType);
