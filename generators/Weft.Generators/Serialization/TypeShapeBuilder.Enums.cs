using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

internal sealed partial class TypeShapeBuilder
{
    /// <summary>
    /// The member names of an enum declared once in source with the default underlying type and no member given a value
    /// (<c>enum Mode { A, B, C }</c>): in declaration order, valued 0, 1, 2..., so no two share a value and every name is
    /// written, exactly what the general path finds among the enum's fields. Reading the declaration spares the compiler
    /// building the enum's members. Returns <see langword="null"/> for any other enum.
    /// </summary>
    private EquatableArray<string>? TryReadEnumDeclaration(INamedTypeSymbol type)
    {
        if (!_readDeclarations || type.DeclaringSyntaxReferences is not { Length: 1 } references
            || references[0].GetSyntax() is not EnumDeclarationSyntax { BaseList: null } declaration)
        {
            return null;
        }

        var names = new List<string>(declaration.Members.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in declaration.Members)
        {
            var name = member.Identifier.ValueText;
            if (member.EqualsValue is not null || name.Length == 0 || !seen.Add(name))
            {
                return null;
            }

            names.Add(name);
        }

        return names.ToEquatableArray();
    }
}
