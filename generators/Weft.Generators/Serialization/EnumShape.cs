using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

/// <summary>An enum, stored as its member names.</summary>
/// <param name="UnderlyingKind">The underlying integer type (<see cref="BuiltInKind.Int32"/> and so on), for values that are no member.</param>
/// <param name="MemberNames">Every member name, in declaration order (aliases included): what a reader accepts.</param>
/// <param name="WrittenMemberNames">The first member of each distinct value, in declaration order: what a writer emits.</param>
internal sealed record EnumShape(
    string FullyQualifiedName,
    string UnannotatedName,
    string DisplayName,
    BuiltInKind UnderlyingKind,
    EquatableArray<string> MemberNames,
    EquatableArray<string> WrittenMemberNames)
    : TypeShape(FullyQualifiedName, UnannotatedName, DisplayName, IsValueType: true);
