using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Serialization;

internal sealed partial class TypeShapeBuilder
{
    // Names a positional parameter could share with a member every record has; such a record takes the general path.
    private static readonly HashSet<string> s_recordMemberNames = new(StringComparer.Ordinal)
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// The stored members of a plain positional record, read from its one declaration: <c>record R(A a, B b);</c> with
    /// no body, no base list (so its base is object), no attribute targeting a property, field or the constructor, not generic. Each parameter
    /// is an init-only property set by the primary constructor at its position, exactly what the general path finds
    /// among the record's members; reading the declaration spares the compiler building every member a record
    /// synthesizes (the most expensive part of classifying a type). Returns <see langword="null"/> for any other type.
    /// </summary>
    private List<Candidate>? TryReadPositionalRecord(INamedTypeSymbol type)
    {
        if (!_readDeclarations)
        {
            return null;
        }

        if (!type.IsRecord || type.TypeKind != TypeKind.Class || type.IsGenericType || type.ContainingType is { IsGenericType: true }
            || type.DeclaringSyntaxReferences.Length != 1
            || type.DeclaringSyntaxReferences[0].GetSyntax() is not RecordDeclarationSyntax { BaseList: null } declaration
            || !declaration.ClassOrStructKeyword.IsKind(SyntaxKind.None) && !declaration.ClassOrStructKeyword.IsKind(SyntaxKind.ClassKeyword)
            || declaration.ParameterList is not { } parameters || declaration.Members.Count != 0)
        {
            return null;
        }

        foreach (var list in declaration.AttributeLists)
        {
            // [method: ...] reaches the primary constructor ([Obsolete] there decides whether it may be used).
            if (list.Target is not null)
            {
                return null;
            }
        }

        var model = _cache.ModelFor(declaration.SyntaxTree);
        var candidates = new List<Candidate>(parameters.Parameters.Count);
        foreach (var parameter in parameters.Parameters)
        {
            var name = parameter.Identifier.ValueText;
            // [property: Obsolete(...)] reaches the property; a modifier or a default-less oddity is left to the general path.
            if (parameter.AttributeLists.Count != 0 || parameter.Modifiers.Count != 0 || parameter.Type is null
                || s_recordMemberNames.Contains(name) || candidates.Exists(c => c.Name == name))
            {
                return null;
            }

            // A type's top-level '?' is not part of what binding its syntax returns; it is read from the syntax, which only
            // means what it says where nullable annotations are enabled.
            if ((model.GetNullableContext(parameter.Type.SpanStart) & NullableContext.AnnotationsEnabled) == 0
                || (_cache.KeywordType(parameter.Type) ?? _cache.BindType(model, declaration.Parent!, parameter.Type)) is not { } bound)
            {
                return null;
            }

            var parameterType = bound.WithNullableAnnotation(parameter.Type is NullableTypeSyntax && !bound.IsValueType
                ? NullableAnnotation.Annotated
                : NullableAnnotation.NotAnnotated);

            candidates.Add(new Candidate(name, isField: false, parameterType, settable: true, isData: true, isRequired: false)
            {
                ConstructorIndex = candidates.Count,
            });
        }

        return candidates;
    }
}
