using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Parsing;

/// <summary>
/// A source parameter's default value read from its declaration where the syntax settles it: no default at all, or a
/// literal of exactly the parameter's type (<c>int rows = 500</c>, <c>double f = 0.2</c>, <c>string s = "x"</c>,
/// <c>bool b = true</c>, <c>string? s = null</c>), with no attribute that could supply or change a default. That is what
/// <see cref="IParameterSymbol.ExplicitDefaultValue"/> gives, without the compiler binding the default.
/// </summary>
internal static class DefaultValueSyntax
{
    /// <summary>
    /// Whether the declaration settles the default: then <paramref name="hasDefault"/> says whether there is one and
    /// <paramref name="value"/> is it. Under <see cref="BodyLoweringMode.CrossCheck"/> the compiler's answer is compared.
    /// </summary>
    public static bool TryRead(IParameterSymbol parameter, out bool hasDefault, out object? value)
    {
        if (!TryReadCore(parameter, out hasDefault, out value))
        {
            return false;
        }

        if (BodyLoweringMode.CrossCheck && (hasDefault != parameter.HasExplicitDefaultValue
            || hasDefault && !SameValue(value, parameter.ExplicitDefaultValue)))
        {
            throw new InvalidOperationException($"cross-check: the default of parameter '{parameter.Name}' read from syntax as '{value}' differs from the compiler's");
        }

        return true;
    }

    private static bool TryReadCore(IParameterSymbol parameter, out bool hasDefault, out object? value)
    {
        hasDefault = false;
        value = null;
        if (parameter.DeclaringSyntaxReferences is not { Length: 1 } references
            || references[0].GetSyntax() is not ParameterSyntax { AttributeLists.Count: 0 } syntax
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, PartialDefinitionPart: null, PartialImplementationPart: null })
        {
            return false;
        }

        if (syntax.Default is null)
        {
            return true;
        }

        var isNullableValue = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        var target = isNullableValue ? ((INamedTypeSymbol)parameter.Type).TypeArguments[0] : parameter.Type;
        if (syntax.Default.Value is not LiteralExpressionSyntax literal || parameter.Type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (literal.IsKind(SyntaxKind.NullLiteralExpression))
        {
            // Null converts to a reference or nullable value type without any value of its own.
            if (!isNullableValue && (!parameter.Type.IsReferenceType || parameter.Type.TypeKind == TypeKind.TypeParameter))
            {
                return false;
            }

            hasDefault = true;
            return true;
        }

        if (!TryReadLiteral(literal, target, out value))
        {
            return false;
        }

        hasDefault = true;
        return true;
    }

    /// <summary>
    /// The value of a non-null literal whose own type is exactly <paramref name="type"/> (string, char, bool, or the
    /// numeric type its suffix and size give): the constant the compiler gives it, as no conversion is involved. Any other
    /// literal kind is refused: 'default' carries its own text as its token's value, a UTF-8 string is not a string.
    /// </summary>
    public static bool TryReadLiteral(LiteralExpressionSyntax literal, ITypeSymbol type, out object? value)
    {
        value = null;
        var token = literal.Token.Value;
        if (token is null || literal.ContainsDiagnostics
            || literal.Kind() is not (SyntaxKind.StringLiteralExpression or SyntaxKind.CharacterLiteralExpression
                or SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression or SyntaxKind.NumericLiteralExpression)
            || SpecialTypeOf(token) is var special && (special == SpecialType.None || special != type.SpecialType))
        {
            return false;
        }

        value = token;
        return true;
    }

    /// <summary>The special type of a constant's value: what a literal of that value is, or <see cref="SpecialType.None"/>.</summary>
    public static SpecialType SpecialTypeOf(object value) => value switch
    {
        bool => SpecialType.System_Boolean,
        char => SpecialType.System_Char,
        string => SpecialType.System_String,
        sbyte => SpecialType.System_SByte,
        byte => SpecialType.System_Byte,
        short => SpecialType.System_Int16,
        ushort => SpecialType.System_UInt16,
        int => SpecialType.System_Int32,
        uint => SpecialType.System_UInt32,
        long => SpecialType.System_Int64,
        ulong => SpecialType.System_UInt64,
        float => SpecialType.System_Single,
        double => SpecialType.System_Double,
        decimal => SpecialType.System_Decimal,
        _ => SpecialType.None,
    };

    private static bool SameValue(object? read, object? bound) => read is null ? bound is null : read.Equals(bound) && bound!.GetType() == read.GetType();
}
