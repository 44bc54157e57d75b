using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

/// <summary>
/// The types that type syntax names where nullable annotations are enabled (or, when asked, disabled), found from the
/// syntax and a <see cref="NameScope"/> without binding: keywords, simple, generic and namespace-qualified names
/// (<c>global::</c> too), one-dimensional arrays and nullable forms of those (<c>List&lt;Row&gt;</c>,
/// <c>Dictionary&lt;string, double?&gt;</c>, <c>Mode[]</c>), and, when asked for, tuples of those
/// (<c>(FeatureSet Train, FeatureSet Test)</c>). Type arguments and array elements carry the annotations binding gives them; the top-level annotation is the caller's to set, and a
/// top-level <c>T?</c> of a value type is <c>Nullable&lt;T&gt;</c>, as binding gives. Anything else gets no answer.
/// </summary>
internal static class TypeSyntaxResolver
{
    /// <summary>The type <paramref name="syntax"/> names where annotations are enabled (no tuples); its top-level annotation is the caller's to set.</summary>
    public static ITypeSymbol? TryResolve(Compilation compilation, NameScope scope, TypeSyntax syntax)
    {
        const bool tuples = false;
        const NullableAnnotation plain = NullableAnnotation.NotAnnotated;
        // A '#nullable' directive inside the syntax would change what its parts' annotations mean.
        if (syntax.ContainsDirectives)
        {
            return null;
        }

        if (syntax is NullableTypeSyntax nullable)
        {
            return Resolve(compilation, scope, tuples, plain, nullable.ElementType) is { } underlying && underlying.IsValueType
                ? NullableOf(compilation, underlying)
                : Resolve(compilation, scope, tuples, plain, nullable.ElementType);
        }

        return Resolve(compilation, scope, tuples, plain, syntax);
    }

    /// <summary>
    /// The type <paramref name="syntax"/> names with the top-level annotation binding gives it (as it gives a type argument):
    /// <c>T?</c> and <c>Nullable&lt;T&gt;</c> annotated, value types not. Where annotations are disabled
    /// (<paramref name="annotationsEnabled"/> false), reference types carry no annotation (<see cref="NullableAnnotation.None"/>),
    /// inside too, and an annotated reference type (a warning there) gets no answer. Tuples are read when <paramref name="tuples"/>.
    /// </summary>
    public static ITypeSymbol? TryResolveAnnotated(Compilation compilation, NameScope scope, TypeSyntax syntax, bool tuples, bool annotationsEnabled)
        => syntax.ContainsDirectives
            ? null
            : Inner(compilation, scope, tuples, annotationsEnabled ? NullableAnnotation.NotAnnotated : NullableAnnotation.None, syntax, out var annotation)
                ?.WithNullableAnnotation(annotation);

    private static ITypeSymbol? Resolve(Compilation compilation, NameScope scope, bool tuples, NullableAnnotation plain, TypeSyntax syntax)
    {
        switch (syntax)
        {
            case PredefinedTypeSyntax predefined:
                return KeywordTypes.Special(compilation, predefined.Keyword.Kind());
            case IdentifierNameSyntax identifier when !IsContextual(identifier.Identifier.ValueText):
                return scope.Find(identifier.Identifier.ValueText, 0);
            case GenericNameSyntax generic when !generic.IsUnboundGenericName:
                return Construct(compilation, scope, tuples, plain, generic, null);
            case QualifiedNameSyntax { Right: var right } qualified when Namespace(compilation, scope, qualified.Left) is { } container:
                return right switch
                {
                    IdentifierNameSyntax identifier => scope.FindIn(container, identifier.Identifier.ValueText, 0),
                    GenericNameSyntax generic when !generic.IsUnboundGenericName => Construct(compilation, scope, tuples, plain, generic, container),
                    _ => null,
                };
            case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax identifier } aliased when aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword):
                return scope.FindIn(compilation.GlobalNamespace, identifier.Identifier.ValueText, 0);
            case ArrayTypeSyntax array:
                return Array(compilation, scope, tuples, plain, array);
            case TupleTypeSyntax tuple when tuples:
                return Tuple(compilation, scope, plain, tuple);
            default:
                return null;
        }
    }

    /// <summary>A generic type, found in scope or, qualified, as a member of <paramref name="container"/>.</summary>
    private static ITypeSymbol? Construct(Compilation compilation, NameScope scope, bool tuples, NullableAnnotation plain, GenericNameSyntax generic,
        INamespaceSymbol? container)
    {
        var arguments = generic.TypeArgumentList.Arguments;
        var name = generic.Identifier.ValueText;
        if ((container is null ? IsContextual(name) ? null : scope.Find(name, arguments.Count) : scope.FindIn(container, name, arguments.Count))
            is not { } definition)
        {
            return null;
        }

        var types = ImmutableArray.CreateBuilder<ITypeSymbol>(arguments.Count);
        var annotations = ImmutableArray.CreateBuilder<NullableAnnotation>(arguments.Count);
        foreach (var argument in arguments)
        {
            if (Inner(compilation, scope, tuples, plain, argument, out var annotation) is not { } type)
            {
                return null;
            }

            types.Add(type);
            annotations.Add(annotation);
        }

        return definition.Construct(types.MoveToImmutable(), annotations.MoveToImmutable());
    }

    /// <summary>
    /// The namespace the left part of a qualified type name denotes: a namespace in scope, <c>global::</c> one, or a
    /// namespace inside either; null when it may be anything else (a type, an alias).
    /// </summary>
    private static INamespaceSymbol? Namespace(Compilation compilation, NameScope scope, NameSyntax name)
    {
        switch (name)
        {
            case IdentifierNameSyntax identifier:
                return scope.FindNamespace(identifier.Identifier.ValueText);
            case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax identifier } aliased when aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword):
                return OnlyNamespace(compilation.GlobalNamespace, identifier.Identifier.ValueText);
            case QualifiedNameSyntax { Right: IdentifierNameSyntax identifier } qualified:
                return Namespace(compilation, scope, qualified.Left) is { } left ? OnlyNamespace(left, identifier.Identifier.ValueText) : null;
            default:
                return null;
        }
    }

    private static INamespaceSymbol? OnlyNamespace(INamespaceSymbol container, string name)
    {
        NameScope.Only(container, name, out var member);
        return member as INamespaceSymbol;
    }

    /// <summary>A tuple of two or more elements, named or not, whose names C# accepts as written.</summary>
    private static ITypeSymbol? Tuple(Compilation compilation, NameScope scope, NullableAnnotation plain, TupleTypeSyntax tuple)
    {
        var elements = tuple.Elements;
        if (elements.Count < 2)
        {
            return null;
        }

        var types = ImmutableArray.CreateBuilder<ITypeSymbol>(elements.Count);
        var names = ImmutableArray.CreateBuilder<string?>(elements.Count);
        var annotations = ImmutableArray.CreateBuilder<NullableAnnotation>(elements.Count);
        var named = false;
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            string? name = null;
            if (element.Identifier.RawKind != 0)
            {
                name = element.Identifier.ValueText;
                named = true;
                if (!IsAcceptedElementName(name, i) || names.Contains(name))
                {
                    return null;
                }
            }

            if (Inner(compilation, scope, true, plain, element.Type, out var annotation) is not { } type)
            {
                return null;
            }

            types.Add(type);
            names.Add(name);
            annotations.Add(annotation);
        }

        var created = compilation.CreateTupleTypeSymbol(types.MoveToImmutable(), named ? names.MoveToImmutable() : default, default, annotations.MoveToImmutable());
        return created is { TypeKind: not TypeKind.Error, IsTupleType: true } ? created : null;
    }

    /// <summary>A name C# accepts for element <paramref name="index"/>: not another element's 'ItemN', nor a member every tuple has.</summary>
    private static bool IsAcceptedElementName(string name, int index)
        => name != "_"
           && (!name.StartsWith("Item", System.StringComparison.Ordinal) || name == "Item" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
           && name is not ("CompareTo" or "Deconstruct" or "Equals" or "GetHashCode" or "Rest" or "ToString" or "GetType" or "MemberwiseClone" or "Finalize");

    private static ITypeSymbol? Array(Compilation compilation, NameScope scope, bool tuples, NullableAnnotation plain, ArrayTypeSyntax array)
    {
        foreach (var rank in array.RankSpecifiers)
        {
            if (rank.Rank != 1 || rank.Sizes[0] is not OmittedArraySizeExpressionSyntax)
            {
                return null;
            }
        }

        if (Inner(compilation, scope, tuples, plain, array.ElementType, out var annotation) is not { } element)
        {
            return null;
        }

        // 'T[][]' is an array of 'T[]'; every array inside another is itself not annotated.
        ITypeSymbol type = compilation.CreateArrayTypeSymbol(element, 1, annotation);
        for (var i = 1; i < array.RankSpecifiers.Count; i++)
        {
            type = compilation.CreateArrayTypeSymbol(type, 1, plain);
        }

        return type;
    }

    /// <summary>A type argument or array element (or a whole type, see <see cref="TryResolveAnnotated"/>), with the annotation binding gives it.</summary>
    private static ITypeSymbol? Inner(Compilation compilation, NameScope scope, bool tuples, NullableAnnotation plain, TypeSyntax syntax,
        out NullableAnnotation annotation)
    {
        annotation = NullableAnnotation.NotAnnotated;
        if (syntax is not NullableTypeSyntax nullable)
        {
            // Binding annotates a nullable value type however it is spelled ('Nullable<int>' as 'int?'); where annotations
            // are disabled, it gives other value types no annotation and reference types none either ('None').
            var type = Resolve(compilation, scope, tuples, plain, syntax);
            if (type is not null)
            {
                annotation = NullableValueTypes.Is(type) ? NullableAnnotation.Annotated : type.IsValueType ? NullableAnnotation.NotAnnotated : plain;
            }

            return type;
        }

        if (Resolve(compilation, scope, tuples, plain, nullable.ElementType) is not { } underlying)
        {
            return null;
        }

        if (!underlying.IsValueType && (!underlying.IsReferenceType || plain == NullableAnnotation.None))
        {
            return null;
        }

        // Binding annotates 'T?' whether it is a nullable value type or an annotated reference type.
        annotation = NullableAnnotation.Annotated;
        return underlying.IsValueType ? NullableOf(compilation, underlying) : underlying;
    }

    private static ITypeSymbol? NullableOf(Compilation compilation, ITypeSymbol underlying)
        => NullableValueTypes.Is(underlying)
           || compilation.GetSpecialType(SpecialType.System_Nullable_T) is not { TypeKind: not TypeKind.Error } definition
            ? null
            : definition.Construct(ImmutableArray.Create(underlying), ImmutableArray.Create(NullableAnnotation.NotAnnotated));

    /// <summary>Identifiers that can mean a built-in type rather than a declared one.</summary>
    private static bool IsContextual(string name) => name is "dynamic" or "nint" or "nuint" or "var" or "unmanaged" or "notnull";
}
