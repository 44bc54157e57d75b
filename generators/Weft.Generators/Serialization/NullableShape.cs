namespace Weft.Generators.Serialization;

/// <summary>A <c>Nullable&lt;T&gt;</c>.</summary>
/// <param name="Underlying">The shape of <c>T</c>.</param>
internal sealed record NullableShape(string FullyQualifiedName, string UnannotatedName, string DisplayName, TypeShape Underlying)
    : TypeShape(FullyQualifiedName, UnannotatedName, DisplayName, IsValueType: true);
