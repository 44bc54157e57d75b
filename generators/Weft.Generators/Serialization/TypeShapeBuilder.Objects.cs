using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

internal sealed partial class TypeShapeBuilder
{
    /// <summary>A public instance property or field that could hold data.</summary>
    private sealed class Candidate
    {
        public Candidate(string name, bool isField, ITypeSymbol type, bool settable, bool isData, bool isRequired)
        {
            Name = name;
            IsField = isField;
            Type = type;
            Settable = settable;
            IsData = isData;
            IsRequired = isRequired;
        }

        public string Name { get; }

        public bool IsField { get; }

        public ITypeSymbol Type { get; }

        /// <summary>An object initializer can assign it.</summary>
        public bool Settable { get; }

        /// <summary>It holds state of its own (a field or an auto-property), as opposed to a value computed from other members.</summary>
        public bool IsData { get; }

        public bool IsRequired { get; }

        public int ConstructorIndex { get; set; } = -1;
    }

    private bool TryBuildObject(INamedTypeSymbol type, out TypeShape? shape, out string error)
    {
        if (!IsAccessible(type))
        {
            return Fail(NotAccessible, out shape, out error);
        }

        if (!DeclaresNoAttributes(type) && IsObsoleteError(type))
        {
            return Fail("it is marked [Obsolete] as an error", out shape, out error);
        }

        if (IsInProgress(type))
        {
            return Fail($"'{SymbolNames.Display(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated))}' contains itself, and recursive types are not supported", out shape, out error);
        }

        List<Candidate> candidates;
        int constructorParameterCount;
        var setsRequired = false;
        if (TryReadPositionalRecord(type) is { } positional)
        {
            candidates = positional;
            constructorParameterCount = positional.Count;
        }
        else
        {
            candidates = CollectCandidates(type);
            if (!TryChooseConstructor(type, candidates, out var constructor, out error))
            {
                shape = null;
                return false;
            }

            constructorParameterCount = constructor?.Parameters.Length ?? 0;
            setsRequired = constructor is not null && constructor.GetAttributes().Any(a =>
                a.AttributeClass is { } c && KnownTypes.Is(c, "System.Diagnostics.CodeAnalysis", "SetsRequiredMembersAttribute"));
        }

        var stored = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            if (candidate.ConstructorIndex >= 0 || candidate.Settable)
            {
                stored.Add(candidate);
            }
            else if (candidate.IsData)
            {
                return Fail($"its {Describe(candidate)} '{candidate.Name}' is read-only and no public constructor parameter sets it", out shape, out error);
            }
        }

        if (stored.Count == 0)
        {
            return Fail("it has no public properties to store", out shape, out error);
        }

        _inProgress.Add(type);
        try
        {
            var members = new List<MemberShape>(stored.Count);
            foreach (var candidate in stored)
            {
                if (!TryBuild(candidate.Type, nested: true, out var memberShape, out var reason))
                {
                    return Fail($"member '{candidate.Name}' of type '{SymbolNames.Display(candidate.Type)}' has no serializer because {reason}", out shape, out error);
                }

                // A required member must appear in the initializer unless the constructor promises to set it.
                var inInitializer = candidate.ConstructorIndex < 0 || (candidate.IsRequired && !setsRequired);
                members.Add(new MemberShape(candidate.Name, memberShape!, candidate.ConstructorIndex, inInitializer));
            }

            error = string.Empty;
            var spelling = SymbolNames.Of(type);
            shape = new ObjectShape(spelling.Annotated, spelling.Unannotated, spelling.Display, type.IsValueType,
                members.ToEquatableArray(), constructorParameterCount);
            return true;
        }
        finally
        {
            _inProgress.RemoveAt(_inProgress.Count - 1);
        }
    }

    /// <summary>The public instance properties and fields, a base type's first, each type's in declaration order; a derived member hides a base one of the same name.</summary>
    private static List<Candidate> CollectCandidates(INamedTypeSymbol type)
    {
        var levels = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            levels.Add(current);
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var perLevel = new List<List<Candidate>>();
        foreach (var level in levels)
        {
            var found = new List<Candidate>();
            foreach (var member in level.GetMembers())
            {
                // Only properties and fields can hold data; the attribute check binds attributes, so it comes last.
                if (member.Kind is not (SymbolKind.Property or SymbolKind.Field) || member.IsStatic
                    || member.DeclaredAccessibility != Accessibility.Public || taken.Contains(member.Name) || IsObsoleteError(member))
                {
                    continue;
                }

                var candidate = member switch
                {
                    IPropertySymbol property => FromProperty(property),
                    IFieldSymbol field => FromField(field),
                    _ => null,
                };
                if (candidate is not null)
                {
                    taken.Add(member.Name);
                    found.Add(candidate);
                }
            }

            perLevel.Add(found);
        }

        var all = new List<Candidate>();
        for (var i = perLevel.Count - 1; i >= 0; i--)
        {
            all.AddRange(perLevel[i]);
        }

        return all;
    }

    private static Candidate? FromProperty(IPropertySymbol property)
    {
        if (property.IsIndexer || property.ReturnsByRef || property.ReturnsByRefReadonly
            || property.GetMethod is not { DeclaredAccessibility: Accessibility.Public })
        {
            return null;
        }

        var setter = FindSetter(property);
        var settable = setter is { DeclaredAccessibility: Accessibility.Public };
        return new Candidate(property.Name, isField: false, property.Type, settable, settable || IsAutoProperty(property), property.IsRequired);
    }

    private static Candidate? FromField(IFieldSymbol field)
    {
        if (field.IsConst || field.IsImplicitlyDeclared || field.IsFixedSizeBuffer)
        {
            return null;
        }

        return new Candidate(field.Name, isField: true, field.Type, settable: !field.IsReadOnly, isData: true, field.IsRequired);
    }

    /// <summary>An override that only overrides the getter still has the base setter.</summary>
    private static IMethodSymbol? FindSetter(IPropertySymbol property)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            if (current.SetMethod is { } setter)
            {
                return setter;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a get-only property declared in source keeps its own state (<c>{ get; }</c>); a computed one
    /// (<c>=> ...</c>) is skipped. Properties of referenced assemblies cannot be told apart, so they count as computed.
    /// </summary>
    private static bool IsAutoProperty(IPropertySymbol property)
    {
        // A partial property's defining part always looks like '{ get; }'; its implementing part tells.
        property = property.PartialImplementationPart ?? property;
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax declaration)
            {
                return declaration.ExpressionBody is null
                       && declaration.AccessorList is { } accessors
                       && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);
            }
        }

        return false;
    }

    /// <summary>
    /// Picks the accessible constructor whose parameters all name members of the same type (case-insensitively), taking
    /// the most parameters; marks the members it sets. A struct can always fall back to its parameterless constructor.
    /// </summary>
    private bool TryChooseConstructor(INamedTypeSymbol type, List<Candidate> candidates, out IMethodSymbol? chosen, out string error)
    {
        chosen = null;
        error = string.Empty;
        int[]? chosenMapping = null;
        string? firstProblem = null;
        var anyAccessible = false;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (!IsAccessible(constructor) || IsObsoleteError(constructor) || IsCopyConstructor(type, constructor))
            {
                continue;
            }

            anyAccessible = true;
            var mapping = MapParameters(constructor, candidates, out var problem);
            if (mapping is null)
            {
                firstProblem ??= problem;
                continue;
            }

            if (chosenMapping is null || mapping.Length > chosenMapping.Length)
            {
                chosen = constructor;
                chosenMapping = mapping;
            }
        }

        if (chosenMapping is null)
        {
            // C# gives every struct an accessible 'new S()'.
            if (type.IsValueType)
            {
                return true;
            }

            error = anyAccessible
                ? $"no public constructor's parameters all match its properties ({firstProblem})"
                : "it has no public constructor";
            return false;
        }

        for (var i = 0; i < chosenMapping.Length; i++)
        {
            candidates[chosenMapping[i]].ConstructorIndex = i;
        }

        return true;
    }

    private static int[]? MapParameters(IMethodSymbol constructor, List<Candidate> candidates, out string problem)
    {
        problem = string.Empty;
        var mapping = new int[constructor.Parameters.Length];
        for (var i = 0; i < mapping.Length; i++)
        {
            var parameter = constructor.Parameters[i];
            var index = FindMember(candidates, parameter, StringComparison.Ordinal);
            if (index < 0)
            {
                index = FindMember(candidates, parameter, StringComparison.OrdinalIgnoreCase);
            }

            if (index < 0 || parameter.RefKind is RefKind.Ref or RefKind.Out || Array.IndexOf(mapping, index, 0, i) >= 0)
            {
                problem = $"parameter '{parameter.Name}' of type '{SymbolNames.Display(parameter.Type)}' matches no property of that type";
                return null;
            }

            mapping[i] = index;
        }

        return mapping;
    }

    private static int FindMember(List<Candidate> candidates, IParameterSymbol parameter, StringComparison comparison)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (string.Equals(candidates[i].Name, parameter.Name, comparison)
                && SymbolEqualityComparer.Default.Equals(candidates[i].Type, parameter.Type))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor)
        => constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private bool IsInProgress(INamedTypeSymbol type)
    {
        foreach (var walking in _inProgress)
        {
            if (SymbolEqualityComparer.Default.Equals(walking, type))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(Candidate candidate) => candidate.IsField ? "field" : "property";

    private static bool IsObsoleteError(ISymbol symbol)
        => symbol.GetAttributes().Any(a =>
            a.AttributeClass is { } c && KnownTypes.Is(c, "System", "ObsoleteAttribute")
            && a.ConstructorArguments.Length == 2 && a.ConstructorArguments[1].Value is true);
}
