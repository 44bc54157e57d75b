namespace Weft.Generators.Serialization;

/// <summary>An array, list or string-keyed dictionary.</summary>
/// <param name="Kind">Which collection family.</param>
/// <param name="Element">The element type (the value type, for dictionaries).</param>
internal sealed record CollectionShape(string FullyQualifiedName, string UnannotatedName, string DisplayName, CollectionKind Kind, TypeShape Element)
    : TypeShape(FullyQualifiedName, UnannotatedName, DisplayName, IsValueType: false);
