using Microsoft.CodeAnalysis;

namespace Weft.Generators.Helpers;

/// <summary><c>Nullable&lt;T&gt;</c> as constants, defaults and signatures see it: through to its <c>T</c>.</summary>
internal static class NullableValueTypes
{
    /// <summary>Whether <paramref name="type"/> is <c>Nullable&lt;T&gt;</c>.</summary>
    public static bool Is(ITypeSymbol type) => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    /// <summary>The <c>T</c> of <c>Nullable&lt;T&gt;</c>; any other type itself.</summary>
    public static ITypeSymbol Underlying(ITypeSymbol type) => Is(type) ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
}
