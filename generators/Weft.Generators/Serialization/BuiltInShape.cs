namespace Weft.Generators.Serialization;

/// <summary>A type with a runtime serializer of its own: a primitive, <c>string</c>, a date/time type, <c>Guid</c>, <c>DataFile</c> or <c>byte[]</c>.</summary>
internal sealed record BuiltInShape(string FullyQualifiedName, string UnannotatedName, string DisplayName, bool IsValueType, BuiltInKind Kind)
    : TypeShape(FullyQualifiedName, UnannotatedName, DisplayName, IsValueType);
