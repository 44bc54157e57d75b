using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Weft.Generators.Parsing;

namespace Weft.Generators.Serialization;

internal static partial class SymbolNames
{
    /// <summary>The spellings of a one-dimensional array, from its element's: <c>T[]</c> in each format.</summary>
    public static (string Annotated, string Unannotated, string Display) OfArray(IArrayTypeSymbol array, TypeShape element)
    {
        if (array.Rank != 1 || array.NullableAnnotation == NullableAnnotation.Annotated)
        {
            return Of(array);
        }

        return Checked(array, (element.FullyQualifiedName + "[]", element.UnannotatedName + "[]", element.DisplayName + "[]"));
    }

    /// <summary>The spellings of <c>T?</c> for a value type, from <c>T</c>'s.</summary>
    public static (string Annotated, string Unannotated, string Display) OfNullable(ITypeSymbol nullable, TypeShape underlying)
        => Checked(nullable, (underlying.FullyQualifiedName + "?", underlying.UnannotatedName + "?", underlying.DisplayName + "?"));

    /// <summary>
    /// The spellings of a generic collection of a namespace (<c>List&lt;T&gt;</c>, <c>Dictionary&lt;string, T&gt;</c>),
    /// from its element's and, for a dictionary, its key's (which must be an unannotated <c>string</c>).
    /// </summary>
    public static (string Annotated, string Unannotated, string Display) OfCollection(INamedTypeSymbol type, bool isDictionary, TypeShape element)
    {
        var definition = type.OriginalDefinition;
        if (definition.ContainingType is not null || (isDictionary && type.TypeArguments[0].NullableAnnotation == NullableAnnotation.Annotated)
            || QualifiedName(definition) is not { } qualified)
        {
            return Of(type);
        }

        var keyPrefix = isDictionary ? "string, " : string.Empty;
        var mark = type.NullableAnnotation == NullableAnnotation.Annotated ? "?" : string.Empty;
        return Checked(type, (
            GlobalPrefix + qualified + "<" + keyPrefix + element.FullyQualifiedName + ">" + mark,
            GlobalPrefix + qualified + "<" + keyPrefix + element.UnannotatedName + ">",
            qualified + "<" + keyPrefix + element.DisplayName + ">" + mark));
    }

    /// <summary>The namespaces, containing types and name of a type, dot-separated, when every one is a plain identifier.</summary>
    private static string? QualifiedName(INamedTypeSymbol definition)
    {
        var names = new List<string>();
        for (ISymbol? current = definition; current is not null; current = current.ContainingSymbol)
        {
            if (current is INamespaceSymbol { IsGlobalNamespace: true })
            {
                break;
            }

            if (current is not (INamedTypeSymbol or INamespaceSymbol) || !IsPlainIdentifier(current.Name))
            {
                return null;
            }

            names.Add(current.Name);
        }

        names.Reverse();
        return string.Join(".", names);
    }

    private static (string Annotated, string Unannotated, string Display) Checked(ITypeSymbol type, (string Annotated, string Unannotated, string Display) composed)
    {
        if (BodyLoweringMode.CrossCheck)
        {
            var formatted = (type.ToDisplayString(s_annotated), type.ToDisplayString(s_unannotated), type.ToDisplayString(s_display));
            if (formatted != composed)
            {
                throw new System.InvalidOperationException($"cross-check: '{formatted}' composed as '{composed}'");
            }
        }

        return composed;
    }
}
