using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Parsing;

/// <summary>The using aliases of the compilation, by name: an attribute name one of them may take is left to the binder.</summary>
internal sealed partial class AttributeNameScopes
{
    private HashSet<string>? _globalAliases;
    private readonly Dictionary<SyntaxTree, HashSet<string>> _localAliases = new();

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
