using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Serialization;

/// <summary>
/// The types that type syntax names where nullable annotations are enabled, found from the syntax and a
/// <see cref="NameScope"/> without binding: keywords, simple and generic names, one-dimensional arrays and nullable
/// forms of those (<c>List&lt;Row&gt;</c>, <c>Dictionary&lt;string, double?&gt;</c>, <c>Mode[]</c>). Type arguments
/// and array elements carry the annotations binding gives them; the top-level annotation is the caller's to set, and a
/// top-level <c>T?</c> of a value type is <c>Nullable&lt;T&gt;</c>, as binding gives. Anything else gets no answer.
/// </summary>
internal static class TypeSyntaxResolver
{
    public static ITypeSymbol? TryResolve(Compilation compilation, NameScope scope, TypeSyntax syntax)
    {
        // A '#nullable' directive inside the syntax would change what its parts' annotations mean.
        if (syntax.ContainsDirectives)
        {
            return null;
        }

        if (syntax is NullableTypeSyntax nullable)
        {
            return Resolve(compilation, scope, nullable.ElementType) is { } underlying && underlying.IsValueType
                ? NullableOf(compilation, underlying)
                : Resolve(compilation, scope, nullable.ElementType);
        }

        return Resolve(compilation, scope, syntax);
    }

    private static ITypeSymbol? Resolve(Compilation compilation, NameScope scope, TypeSyntax syntax)
    {
        switch (syntax)
        {
            case PredefinedTypeSyntax predefined:
                return KeywordTypes.Special(compilation, predefined.Keyword.Kind());
            case IdentifierNameSyntax identifier when !IsContextual(identifier.Identifier.ValueText):
                return scope.Find(identifier.Identifier.ValueText, 0);
            case GenericNameSyntax generic when !generic.IsUnboundGenericName:
                return Construct(compilation, scope, generic);
            case ArrayTypeSyntax array:
                return Array(compilation, scope, array);
            default:
                return null;
        }
    }

    private static ITypeSymbol? Construct(Compilation compilation, NameScope scope, GenericNameSyntax generic)
    {
        var arguments = generic.TypeArgumentList.Arguments;
        if (IsContextual(generic.Identifier.ValueText) || scope.Find(generic.Identifier.ValueText, arguments.Count) is not { } definition)
        {
            return null;
        }

        var types = ImmutableArray.CreateBuilder<ITypeSymbol>(arguments.Count);
        var annotations = ImmutableArray.CreateBuilder<NullableAnnotation>(arguments.Count);
        foreach (var argument in arguments)
        {
            if (Inner(compilation, scope, argument, out var annotation) is not { } type)
            {
                return null;
            }

            types.Add(type);
            annotations.Add(annotation);
        }

        return definition.Construct(types.MoveToImmutable(), annotations.MoveToImmutable());
    }

    private static ITypeSymbol? Array(Compilation compilation, NameScope scope, ArrayTypeSyntax array)
    {
        foreach (var rank in array.RankSpecifiers)
        {
            if (rank.Rank != 1 || rank.Sizes[0] is not OmittedArraySizeExpressionSyntax)
            {
                return null;
            }
        }

        if (Inner(compilation, scope, array.ElementType, out var annotation) is not { } element)
        {
            return null;
        }

        // 'T[][]' is an array of 'T[]'; every array inside another is itself not annotated.
        ITypeSymbol type = compilation.CreateArrayTypeSymbol(element, 1, annotation);
        for (var i = 1; i < array.RankSpecifiers.Count; i++)
        {
            type = compilation.CreateArrayTypeSymbol(type, 1, NullableAnnotation.NotAnnotated);
        }

        return type;
    }

    /// <summary>A type argument or array element, with the annotation binding gives it in an enabled context.</summary>
    private static ITypeSymbol? Inner(Compilation compilation, NameScope scope, TypeSyntax syntax, out NullableAnnotation annotation)
    {
        annotation = NullableAnnotation.NotAnnotated;
        if (syntax is not NullableTypeSyntax nullable)
        {
            return Resolve(compilation, scope, syntax);
        }

        if (Resolve(compilation, scope, nullable.ElementType) is not { } underlying)
        {
            return null;
        }

        if (underlying.IsValueType)
        {
            return NullableOf(compilation, underlying);
        }

        if (!underlying.IsReferenceType)
        {
            return null;
        }

        annotation = NullableAnnotation.Annotated;
        return underlying;
    }

    private static ITypeSymbol? NullableOf(Compilation compilation, ITypeSymbol underlying)
        => underlying is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
           || compilation.GetSpecialType(SpecialType.System_Nullable_T) is not { TypeKind: not TypeKind.Error } definition
            ? null
            : definition.Construct(ImmutableArray.Create(underlying), ImmutableArray.Create(NullableAnnotation.NotAnnotated));

    /// <summary>Identifiers that can mean a built-in type rather than a declared one.</summary>
    private static bool IsContextual(string name) => name is "dynamic" or "nint" or "nuint" or "var" or "unmanaged" or "notnull";
}
