namespace Weft.Generators.Serialization;

/// <summary>A stored property or field of an <see cref="ObjectShape"/>.</summary>
/// <param name="Name">The member's name (also its JSON name).</param>
/// <param name="Type">The member's type.</param>
/// <param name="ConstructorIndex">The position of the constructor parameter that receives it, or -1.</param>
/// <param name="SetInInitializer">Whether an object initializer assigns it (settable, or required and not set by the constructor).</param>
internal sealed record MemberShape(string Name, TypeShape Type, int ConstructorIndex, bool SetInInitializer);
