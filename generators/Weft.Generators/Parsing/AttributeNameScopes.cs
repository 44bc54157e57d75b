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
internal sealed partial class AttributeNameScopes
{
    private readonly Compilation _compilation;
    private readonly WeftSymbols _symbols;
    private readonly object _gate = new();
    private readonly Dictionary<SyntaxNode, string?> _contexts = new();
    private readonly Dictionary<SyntaxTree, bool> _fileLocalTypes = new();
    private readonly Dictionary<object, Dictionary<string, Meaning>> _meanings = new();

    public AttributeNameScopes(Compilation compilation, WeftSymbols symbols)
    {
        _compilation = compilation;
        _symbols = symbols;
    }

    /// <summary>
    /// The attribute class <paramref name="attribute"/> names, bound as the compiler binds it from any member of
    /// <paramref name="scope"/> (the declaration of <paramref name="type"/>) that declares no type parameters of its own.
    /// </summary>
    public WeftAttributeKind Classify(TypeDeclarationSyntax scope, INamedTypeSymbol type, AttributeSyntax attribute)
    {
        var name = attribute.Name.ToString();
        lock (_gate)
        {
            var inScope = Table(scope);
            if (inScope.TryGetValue(name, out var meaning))
            {
                return meaning.Kind;
            }

            var shared = SharedContext(scope, type, attribute.Name) is { } context ? Table(context) : null;
            if (shared is null || !shared.TryGetValue(name, out meaning))
            {
                meaning = Meaning.Of(Bind(attribute));
                if (shared is not null)
                {
                    shared[name] = meaning;
                }
            }

            inScope[name] = meaning;
            return meaning.Kind;
        }
    }

    private Dictionary<string, Meaning> Table(object context)
    {
        if (!_meanings.TryGetValue(context, out var byName))
        {
            byName = new Dictionary<string, Meaning>(System.StringComparer.Ordinal);
            _meanings[context] = byName;
        }

        return byName;
    }

    /// <summary>
    /// A key that every top-level type declaration shares whose attribute names mean the same: same namespaces, same
    /// using directives, and nothing of the type itself (nested or inherited types, type parameters) nor of its file
    /// (file-local types) that an attribute name could find first. Null when the declaration needs a key of its own.
    /// </summary>
    /// <remarks>Files of one namespace with the same usings then bind each attribute name once, not once per file.</remarks>
    private string? SharedContext(TypeDeclarationSyntax scope, INamedTypeSymbol type, NameSyntax name)
    {
        if (scope.Parent is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax) || type.Arity != 0 || MayFindInType(type, name))
        {
            return null;
        }

        if (!_contexts.TryGetValue(scope, out var context))
        {
            context = HasFileLocalTypes(scope.SyntaxTree) ? null : Describe(scope.Parent);
            _contexts[scope] = context;
        }

        return context;
    }

    private bool HasFileLocalTypes(SyntaxTree tree)
    {
        if (!_fileLocalTypes.TryGetValue(tree, out var found))
        {
            found = tree.GetRoot() is CompilationUnitSyntax unit && DeclaresFileLocal(unit.Members);
            _fileLocalTypes[tree] = found;
        }

        return found;

        static bool DeclaresFileLocal(SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns ? DeclaresFileLocal(ns.Members) : member.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static string Describe(SyntaxNode? node)
    {
        var text = new System.Text.StringBuilder();
        for (; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    text.Append("namespace ").Append(ns.Name.ToString()).Append('\n');
                    Append(text, ns.Externs, ns.Usings);
                    break;
                case CompilationUnitSyntax unit:
                    text.Append("unit\n");
                    Append(text, unit.Externs, unit.Usings);
                    break;
            }
        }

        return text.ToString();

        static void Append(System.Text.StringBuilder text, SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in externs)
            {
                text.Append(directive.ToString()).Append('\n');
            }

            foreach (var directive in usings)
            {
                text.Append(directive.ToString()).Append('\n');
            }
        }
    }

    /// <summary>Whether a part of <paramref name="name"/> (or it with 'Attribute') may be a type nested in or inherited by <paramref name="type"/>.</summary>
    private static bool MayFindInType(INamedTypeSymbol type, NameSyntax name)
    {
        foreach (var part in name.DescendantNodesAndSelf())
        {
            if (part is SimpleNameSyntax simple)
            {
                var identifier = simple.Identifier.ValueText;
                if (HasNestedType(type, identifier) || HasNestedType(type, identifier + "Attribute"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasNestedType(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!current.GetTypeMembers(name).IsEmpty)
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (!implemented.GetTypeMembers(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>A kind as a reference, so the memo tables share the runtime's precompiled dictionary code.</summary>
    private sealed class Meaning
    {
        private static readonly Meaning[] s_all =
            [new(WeftAttributeKind.Foreign), new(WeftAttributeKind.Step), new(WeftAttributeKind.Resources), new(WeftAttributeKind.Image), new(WeftAttributeKind.Uncertain)];

        private Meaning(WeftAttributeKind kind) => Kind = kind;

        public WeftAttributeKind Kind { get; }

        public static Meaning Of(WeftAttributeKind kind) => s_all[(int)kind];
    }
}
