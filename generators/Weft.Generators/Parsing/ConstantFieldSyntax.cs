using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Parsing;

/// <summary>
/// A const field's or enum member's value read from its declaration where the syntax settles it, without the compiler
/// binding its initializer: a const field initialized with a literal of exactly its type (<c>const double Limit = 3.00</c>,
/// <c>const string Target = "t"</c>), or a member of an <c>int</c> enum none of whose members up to it has an explicit value.
/// </summary>
internal static class ConstantFieldSyntax
{
    /// <summary>
    /// Whether the declaration settles the field's constant value, and then the value. Under
    /// <see cref="BodyLoweringMode.CrossCheck"/> the compiler's answer is compared.
    /// </summary>
    public static bool TryRead(IFieldSymbol field, out object? value)
    {
        if (!TryReadCore(field, out value))
        {
            return false;
        }

        if (BodyLoweringMode.CrossCheck && (!field.HasConstantValue || !value!.Equals(field.ConstantValue) || value.GetType() != field.ConstantValue!.GetType()))
        {
            throw new InvalidOperationException($"cross-check: the value of constant '{field.Name}' read from syntax as '{value}' differs from the compiler's");
        }

        return true;
    }

    private static bool TryReadCore(IFieldSymbol field, out object? value)
    {
        value = null;
        if (!field.IsConst || field.DeclaringSyntaxReferences is not { Length: 1 } references)
        {
            return false;
        }

        switch (references[0].GetSyntax())
        {
            case VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal, Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax } }:
                return field.Type.TypeKind != TypeKind.Error && DefaultValueSyntax.TryReadLiteral(literal, field.Type, out value);
            case EnumMemberDeclarationSyntax member when member.Parent is EnumDeclarationSyntax { BaseList: null } declaration:
                // Without explicit values an int enum's members count up from zero in declaration order.
                var index = 0;
                foreach (var other in declaration.Members)
                {
                    if (other.EqualsValue is not null)
                    {
                        return false;
                    }

                    if (other.SpanStart == member.SpanStart)
                    {
                        value = index;
                        return true;
                    }

                    index++;
                }

                return false;
            default:
                return false;
        }
    }
}
