using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

/// <summary>A record, class or struct stored as a JSON object of its public members.</summary>
/// <param name="Members">The stored members, base type's first, each in declaration order.</param>
/// <param name="ConstructorParameterCount">How many arguments the chosen constructor takes (members with a <see cref="MemberShape.ConstructorIndex"/>).</param>
internal sealed record ObjectShape(
    string FullyQualifiedName,
    string UnannotatedName,
    string DisplayName,
    bool IsValueType,
    EquatableArray<MemberShape> Members,
    int ConstructorParameterCount)
    : TypeShape(FullyQualifiedName, UnannotatedName, DisplayName, IsValueType);
