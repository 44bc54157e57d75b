namespace Weft.Generators.Serialization;

/// <summary>
/// What the generator knows about an artifact type, as values only (no symbols), so that it can sit in an incremental
/// model and compare by value. Each concrete shape is a sealed record; nested shapes compare recursively.
/// </summary>
/// <param name="FullyQualifiedName"><c>global::</c>-qualified, with nullable annotations (<c>global::System.Collections.Generic.List&lt;string?&gt;</c>).</param>
/// <param name="UnannotatedName">
/// The same without nullable reference annotations: the type argument of the serializer, and the form to use in
/// <c>typeof(...)</c>, where annotations are not allowed.
/// </param>
/// <param name="DisplayName">The type as a user reads it in a message (<c>Demo.HouseTable</c>, <c>List&lt;int&gt;</c>).</param>
/// <param name="IsValueType">Whether the type is a value type (values of other types may be <see langword="null"/>).</param>
internal abstract record TypeShape(string FullyQualifiedName, string UnannotatedName, string DisplayName, bool IsValueType);
