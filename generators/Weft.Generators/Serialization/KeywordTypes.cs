using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Serialization;

/// <summary>
/// The types that type syntax spelled with C# keywords names, found without binding: <c>int</c>, <c>string[]</c>,
/// <c>double?</c>. A keyword always means the same special type, whatever the scope declares, so a semantic model
/// would only find what this finds, at the cost of building binders for the declaration.
/// </summary>
internal static class KeywordTypes
{
    /// <summary>
    /// The type <paramref name="syntax"/> names where nullable annotations are enabled (keyword types, one-dimensional
    /// arrays of them, nullable value types of them), with the annotations binding gives its element or type argument
    /// (its own top-level annotation is the caller's to set); otherwise <see langword="null"/>.
    /// </summary>
    public static ITypeSymbol? TryResolve(Compilation compilation, TypeSyntax syntax)
    {
        switch (syntax)
        {
            case PredefinedTypeSyntax predefined:
                return Special(compilation, predefined.Keyword.Kind());
            case ArrayTypeSyntax { ElementType: PredefinedTypeSyntax element, RankSpecifiers.Count: 1 } array
                when array.RankSpecifiers[0].Rank == 1 && Special(compilation, element.Keyword.Kind()) is { } elementType:
                return compilation.CreateArrayTypeSymbol(elementType, 1, NullableAnnotation.NotAnnotated);
            case NullableTypeSyntax { ElementType: PredefinedTypeSyntax element }
                when Special(compilation, element.Keyword.Kind()) is { IsValueType: true } underlying:
                return compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(
                    ImmutableArray.Create(underlying), ImmutableArray.Create(NullableAnnotation.NotAnnotated));
            default:
                return null;
        }
    }

    /// <summary>The special type a type keyword names, or <see langword="null"/>.</summary>
    public static ITypeSymbol? Special(Compilation compilation, SyntaxKind keyword)
    {
        var special = keyword switch
        {
            SyntaxKind.BoolKeyword => SpecialType.System_Boolean,
            SyntaxKind.ByteKeyword => SpecialType.System_Byte,
            SyntaxKind.SByteKeyword => SpecialType.System_SByte,
            SyntaxKind.ShortKeyword => SpecialType.System_Int16,
            SyntaxKind.UShortKeyword => SpecialType.System_UInt16,
            SyntaxKind.IntKeyword => SpecialType.System_Int32,
            SyntaxKind.UIntKeyword => SpecialType.System_UInt32,
            SyntaxKind.LongKeyword => SpecialType.System_Int64,
            SyntaxKind.ULongKeyword => SpecialType.System_UInt64,
            SyntaxKind.FloatKeyword => SpecialType.System_Single,
            SyntaxKind.DoubleKeyword => SpecialType.System_Double,
            SyntaxKind.DecimalKeyword => SpecialType.System_Decimal,
            SyntaxKind.CharKeyword => SpecialType.System_Char,
            SyntaxKind.StringKeyword => SpecialType.System_String,
            SyntaxKind.ObjectKeyword => SpecialType.System_Object,
            _ => SpecialType.None,
        };

        // A missing core library gives an error type, which binding would also report: leave that case to binding.
        return special == SpecialType.None || compilation.GetSpecialType(special) is not { TypeKind: not TypeKind.Error } type
            ? null
            : type;
    }
}
