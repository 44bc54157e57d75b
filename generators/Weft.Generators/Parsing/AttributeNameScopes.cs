using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Parsing;

/// <summary>
/// What attribute names mean in one compilation, memoised per type declaration: a name that may be one of Weft's method
/// attributes is bound once per scope (a speculative attribute binding), not once per method, and every using alias of
/// the compilation is known so that a name an alias could give another meaning is left to the binder.
/// </summary>
internal sealed class AttributeNameScopes
{
    private readonly Compilation _compilation;
    private readonly WeftSymbols _symbols;
    private readonly object _gate = new();
    private HashSet<string>? _globalAliases;
    private readonly Dictionary<SyntaxTree, HashSet<string>> _localAliases = new();
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly Dictionary<(SyntaxNode Scope, string Name), WeftAttributeKind> _meanings = new();

    public AttributeNameScopes(Compilation compilation, WeftSymbols symbols)
    {
        _compilation = compilation;
        _symbols = symbols;
    }

    /// <summary>
    /// Whether <paramref name="identifier"/>, written in <paramref name="tree"/>, may name an alias: attribute lookup tries
    /// the name with and without the <c>Attribute</c> suffix, so both count.
    /// </summary>
    public bool MayBeAlias(SyntaxTree tree, string identifier)
    {
        lock (_gate)
        {
            _globalAliases ??= GlobalAliases(_compilation);
            if (!_localAliases.TryGetValue(tree, out var local))
            {
                local = LocalAliases(tree);
                _localAliases[tree] = local;
            }

            return Contains(_globalAliases, identifier) || Contains(local, identifier);
        }

        static bool Contains(HashSet<string> aliases, string identifier)
            => aliases.Count > 0 && (aliases.Contains(identifier) || aliases.Contains(identifier + "Attribute"));
    }

    /// <summary>
    /// The attribute class <paramref name="attribute"/> names, bound as the compiler binds it from any member of
    /// <paramref name="scope"/> that declares no type parameters of its own.
    /// </summary>
    public WeftAttributeKind Classify(TypeDeclarationSyntax scope, AttributeSyntax attribute)
    {
        var key = (scope, attribute.Name.ToString());
        lock (_gate)
        {
            if (_meanings.TryGetValue(key, out var known))
            {
                return known;
            }

            var meaning = Bind(attribute);
            _meanings[key] = meaning;
            return meaning;
        }
    }

    /// <summary>One semantic model per tree, shared by everything that reads this compilation's steps.</summary>
    public SemanticModel SemanticModel(SyntaxTree tree)
    {
        lock (_gate)
        {
            if (!_models.TryGetValue(tree, out var model))
            {
                model = SemanticModels.Get(_compilation, tree);
                _models[tree] = model;
            }

            return model;
        }
    }

    private WeftAttributeKind Bind(AttributeSyntax attribute)
    {
        var model = SemanticModel(attribute.SyntaxTree);
        // Without its arguments: only the class matters here, and a constructor that wants arguments still names it.
        var info = model.GetSpeculativeSymbolInfo(attribute.SpanStart, SyntaxFactory.Attribute(attribute.Name.WithoutTrivia()));
        var type = info.Symbol is IMethodSymbol constructor ? constructor.ContainingType : OnlyCandidateType(info);
        if (type is null)
        {
            return WeftAttributeKind.Uncertain;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _symbols.StepAttribute))
        {
            return WeftAttributeKind.Step;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _symbols.ResourcesAttribute))
        {
            return WeftAttributeKind.Resources;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _symbols.ImageAttribute))
        {
            return WeftAttributeKind.Image;
        }

        // Another type of the same full name (two assemblies declaring it) is matched by name elsewhere: not certain.
        return type.ToDisplayString() is WeftSymbols.StepAttributeName or WeftSymbols.ResourcesAttributeName or WeftSymbols.ImageAttributeName
            ? WeftAttributeKind.Uncertain
            : WeftAttributeKind.Foreign;
    }

    private static INamedTypeSymbol? OnlyCandidateType(SymbolInfo info)
    {
        if (info.CandidateReason != CandidateReason.OverloadResolutionFailure || info.CandidateSymbols.IsEmpty)
        {
            return null;
        }

        INamedTypeSymbol? type = null;
        foreach (var candidate in info.CandidateSymbols)
        {
            if (candidate is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                || (type is not null && !SymbolEqualityComparer.Default.Equals(type, constructor.ContainingType)))
            {
                return null;
            }

            type = constructor.ContainingType;
        }

        return type;
    }

    private static HashSet<string> GlobalAliases(Compilation compilation)
    {
        var aliases = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.Alias is { } alias && !directive.GlobalKeyword.IsKind(SyntaxKind.None))
                    {
                        aliases.Add(alias.Name.Identifier.ValueText);
                    }
                }
            }
        }

        return aliases;
    }

    private static HashSet<string> LocalAliases(SyntaxTree tree)
    {
        var aliases = new HashSet<string>(System.StringComparer.Ordinal);
        if (tree.GetRoot() is CompilationUnitSyntax unit)
        {
            Add(aliases, unit.Usings, unit.Members);
        }

        return aliases;

        static void Add(HashSet<string> aliases, SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias)
                {
                    aliases.Add(alias.Name.Identifier.ValueText);
                }
            }

            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    Add(aliases, ns.Usings, ns.Members);
                }
            }
        }
    }
}
