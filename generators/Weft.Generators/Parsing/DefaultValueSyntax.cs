using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Helpers;

namespace Weft.Generators.Parsing;

/// <summary>
/// A source parameter's default value read from its declaration where the syntax settles it: no default at all, a
/// literal of exactly the parameter's type (<c>int rows = 500</c>, <c>double f = 0.2</c>, <c>string s = "x"</c>,
/// <c>bool b = true</c>), a negated numeric one (<c>int n = -1</c>), <c>null</c> or <c>default</c> where no conversion
/// gives them a value (<c>string? s = null</c>, <c>CancellationToken ct = default</c>), with no attribute that could
/// supply or change a default. That is what <see cref="IParameterSymbol.ExplicitDefaultValue"/> gives, without the
/// compiler binding the default.
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

        return TryRead(syntax, parameter.Type, out hasDefault, out value);
    }

    /// <summary>
    /// The default that <paramref name="syntax"/>, a parameter of type <paramref name="type"/> with no attributes of an
    /// ordinary method of one declaration, has, when its syntax settles it. Besides literals of the type, <c>null</c> of a
    /// reference or nullable value type, <c>default</c> of those and of structs that are no built-in type (all null), and a
    /// negated numeric literal of the type are read.
    /// </summary>
    public static bool TryRead(ParameterSyntax syntax, ITypeSymbol type, out bool hasDefault, out object? value)
    {
        hasDefault = false;
        value = null;
        if (syntax.Default is null)
        {
            return true;
        }

        var isNullableValue = NullableValueTypes.Is(type);
        var target = NullableValueTypes.Underlying(type);
        if (type.TypeKind is TypeKind.Error or TypeKind.TypeParameter or TypeKind.Dynamic || syntax.Default.Value.ContainsDiagnostics)
        {
            return false;
        }

        switch (syntax.Default.Value)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                // Null converts to a reference or nullable value type without any value of its own.
                hasDefault = isNullableValue || type.IsReferenceType;
                return hasDefault;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                hasDefault = isNullableValue || type.IsReferenceType
                    || type is INamedTypeSymbol { TypeKind: TypeKind.Struct, SpecialType: SpecialType.None };
                return hasDefault;
            case LiteralExpressionSyntax literal:
                hasDefault = TryReadLiteral(literal, target, out value);
                return hasDefault;
            case PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken, Operand: LiteralExpressionSyntax operand }
                when operand.IsKind(SyntaxKind.NumericLiteralExpression) && TryReadLiteral(operand, target, out var positive):
                value = positive switch
                {
                    int n when n != int.MinValue => -n,
                    long n when n != long.MinValue => -n,
                    float f => -f,
                    double d => -d,
                    decimal m => -m,
                    _ => null,
                };
                hasDefault = value is not null;
                return hasDefault;
            default:
                return false;
        }
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
