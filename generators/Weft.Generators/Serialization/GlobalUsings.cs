using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Serialization;

/// <summary>
/// The <c>global using</c> directives of every file of a compilation, read from the files' first lines: the namespaces they
/// import and the aliases they declare. Not <see cref="Certain"/> when any could change name lookup in a way
/// <see cref="NameScope"/> does not follow (<c>using static</c>, a name that is not a namespace, script usings).
/// </summary>
internal sealed class GlobalUsings
{
    private GlobalUsings(bool certain, List<INamespaceSymbol> namespaces, HashSet<string> aliases)
    {
        Certain = certain;
        Namespaces = namespaces;
        Aliases = aliases;
    }

    public bool Certain { get; }

    public List<INamespaceSymbol> Namespaces { get; }

    public HashSet<string> Aliases { get; }

    public static GlobalUsings Read(Compilation compilation)
    {
        var namespaces = new List<INamespaceSymbol>();
        var aliases = new HashSet<string>(System.StringComparer.Ordinal);
        if (compilation.Options is not CSharpCompilationOptions { Usings.Length: 0 } || compilation.ScriptCompilationInfo is not null)
        {
            return new GlobalUsings(false, namespaces, aliases);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit)
            {
                continue;
            }

            foreach (var directive in unit.Usings)
            {
                if (!directive.GlobalKeyword.IsKind(SyntaxKind.None) && !Add(compilation, directive, namespaces, aliases))
                {
                    return new GlobalUsings(false, namespaces, aliases);
                }
            }
        }

        return new GlobalUsings(true, namespaces, aliases);
    }

    /// <summary>Adds what a using directive of a compilation unit brings into scope; <see langword="false"/> when it is not a plain namespace import or alias.</summary>
    public static bool Add(Compilation compilation, UsingDirectiveSyntax directive, List<INamespaceSymbol> namespaces, HashSet<string> aliases)
    {
        if (directive.Alias is { } alias)
        {
            aliases.Add(alias.Name.Identifier.ValueText);
            return true;
        }

        if (!directive.StaticKeyword.IsKind(SyntaxKind.None) || !directive.UnsafeKeyword.IsKind(SyntaxKind.None)
            || directive.NamespaceOrType is not NameSyntax name || ResolveNamespace(compilation, name, null) is not { } imported)
        {
            return false;
        }

        if (!namespaces.Contains(imported))
        {
            namespaces.Add(imported);
        }

        return true;
    }

    /// <summary>
    /// The namespace <paramref name="name"/> names from the global namespace (as in a compilation unit's using directive or
    /// a top-level namespace declaration), adding each namespace on the way, outermost first, to <paramref name="path"/>;
    /// <see langword="null"/> unless every part is exactly one namespace.
    /// </summary>
    public static INamespaceSymbol? ResolveNamespace(Compilation compilation, NameSyntax name, List<INamespaceSymbol>? path)
    {
        switch (name)
        {
            case IdentifierNameSyntax identifier:
                return Member(compilation.GlobalNamespace, identifier, path);
            case QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified:
                return ResolveNamespace(compilation, qualified.Left, path) is { } left ? Member(left, right, path) : null;
            case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax right } aliased when aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword):
                return Member(compilation.GlobalNamespace, right, path);
            default:
                return null;
        }
    }

    private static INamespaceSymbol? Member(INamespaceSymbol container, IdentifierNameSyntax identifier, List<INamespaceSymbol>? path)
    {
        INamespaceSymbol? found = null;
        foreach (var member in container.GetMembers(identifier.Identifier.ValueText))
        {
            if (member is not INamespaceSymbol ns || found is not null)
            {
                return null;
            }

            found = ns;
        }

        if (found is not null)
        {
            path?.Add(found);
        }

        return found;
    }
}
