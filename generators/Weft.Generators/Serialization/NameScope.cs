using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Serialization;

/// <summary>
/// What a simple type name means directly inside one namespace declaration or compilation unit, found the way C# looks it
/// up (the enclosing namespaces' members, innermost first, then the file's and the compilation's using directives) for
/// the scopes where that lookup can be followed with certainty: no using directive inside a namespace, no alias that
/// could take the name, no <c>using static</c> or extern alias, no script usings. Any other scope, and any name that is
/// ambiguous, a namespace, missing, possibly inaccessible or file-local, gets no answer, so the caller binds instead.
/// </summary>
internal sealed class NameScope
{
    private readonly Compilation _compilation;

    // The namespaces whose members are searched, innermost first, ending with the global namespace.
    private readonly List<INamespaceSymbol> _namespaces;

    // The namespaces that the file's and the compilation's using directives import, searched after the global namespace.
    private readonly List<INamespaceSymbol> _imports;

    private readonly HashSet<string> _aliases;

    // The types whose members are searched first, innermost first (see Within).
    private readonly List<INamedTypeSymbol> _types;

    // What FindInNamespaces answered, shared by the scopes Within makes of this one; keyed by name and arity as text
    // ('List`1'): a tuple key would instantiate the dictionary over a value type no precompiled image covers (see ShapeCache).
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _found;

    private NameScope(Compilation compilation, List<INamespaceSymbol> namespaces, List<INamespaceSymbol> imports, HashSet<string> aliases,
        List<INamedTypeSymbol> types, ConcurrentDictionary<string, INamedTypeSymbol?> found)
    {
        _found = found;
        _compilation = compilation;
        _namespaces = namespaces;
        _imports = imports;
        _aliases = aliases;
        _types = types;
    }

    /// <summary>
    /// The scope inside <paramref name="types"/> (innermost first; each declared directly in the next, the last directly
    /// in this scope), whose nested types come first. The caller guarantees that none is generic or inherits nested types.
    /// </summary>
    public NameScope Within(List<INamedTypeSymbol> types) => new(_compilation, _namespaces, _imports, _aliases, types, _found);

    /// <summary>The scope of declarations directly inside <paramref name="scope"/>, or <see langword="null"/> where names are not certain.</summary>
    public static NameScope? Create(Compilation compilation, SyntaxNode scope, GlobalUsings globalUsings)
    {
        if (!globalUsings.Certain)
        {
            return null;
        }

        var namespaces = new List<INamespaceSymbol>();
        CompilationUnitSyntax unit;
        switch (scope)
        {
            case CompilationUnitSyntax root:
                unit = root;
                break;
            case BaseNamespaceDeclarationSyntax { Parent: CompilationUnitSyntax root, Usings.Count: 0, Externs.Count: 0 } declaration:
                unit = root;
                // 'namespace A.B' searches A.B's members, then A's, then the global namespace's.
                if (GlobalUsings.ResolveNamespace(compilation, declaration.Name, namespaces) is null)
                {
                    return null;
                }

                namespaces.Reverse();
                break;
            default:
                return null;
        }

        namespaces.Add(compilation.GlobalNamespace);
        if (unit.Externs.Count != 0)
        {
            return null;
        }

        var imports = new List<INamespaceSymbol>(globalUsings.Namespaces);
        var aliases = new HashSet<string>(globalUsings.Aliases, System.StringComparer.Ordinal);
        foreach (var directive in unit.Usings)
        {
            // Global ones are already among the compilation's.
            if (!directive.GlobalKeyword.IsKind(SyntaxKind.None))
            {
                continue;
            }

            if (!GlobalUsings.Add(compilation, directive, imports, aliases))
            {
                return null;
            }
        }

        return new NameScope(compilation, namespaces, imports, aliases, new List<INamedTypeSymbol>(),
            new ConcurrentDictionary<string, INamedTypeSymbol?>(System.StringComparer.Ordinal));
    }

    /// <summary>The accessible, non-file-local type that <paramref name="name"/> with <paramref name="arity"/> type arguments names here, or <see langword="null"/> when that is not certain.</summary>
    public INamedTypeSymbol? Find(string name, int arity)
    {
        foreach (var type in _types)
        {
            // Only a type is looked for, but a member of the name that is not exactly one such type leaves the binder to judge.
            var members = type.GetMembers(name);
            if (!members.IsEmpty)
            {
                return members.Length == 1 && members[0] is INamedTypeSymbol { IsFileLocal: false } nested && nested.Arity == arity ? nested : null;
            }
        }

        // What the namespaces and usings give a name is the same for every declaration of the scope: looked up once.
        var key = arity == 0 ? name : name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!_found.TryGetValue(key, out var found))
        {
            found = FindInNamespaces(name, arity);
            _found.TryAdd(key, found);
        }

        return found;
    }

    private INamedTypeSymbol? FindInNamespaces(string name, int arity)
    {
        if (_aliases.Contains(name))
        {
            return null;
        }

        foreach (var container in _namespaces)
        {
            INamedTypeSymbol? found = null;
            foreach (var member in container.GetMembers(name))
            {
                if (member is not INamedTypeSymbol type)
                {
                    // A namespace of that name: the lookup would find it rather than a type.
                    return null;
                }

                if (type.Arity != arity)
                {
                    continue;
                }

                if (found is not null)
                {
                    return null;
                }

                found = type;
            }

            if (found is not null)
            {
                return Visible(found);
            }
        }

        INamedTypeSymbol? imported = null;
        foreach (var container in _imports)
        {
            foreach (var type in container.GetTypeMembers(name, arity))
            {
                if (imported is not null && !SymbolEqualityComparer.Default.Equals(imported, type))
                {
                    return null;
                }

                imported = type;
            }
        }

        return imported is null ? null : Visible(imported);
    }

    /// <summary>
    /// True when <paramref name="name"/> certainly names nothing here, so that lookup passes through this scope finding
    /// nothing: no alias of that name, no member (type of any arity, namespace) of the searched types and namespaces, no type
    /// of any arity in an imported namespace. Inaccessible and file-local types count too: they are never ruled out here.
    /// </summary>
    public bool NamesNothing(string name)
    {
        if (_aliases.Contains(name))
        {
            return false;
        }

        foreach (var type in _types)
        {
            if (!type.GetMembers(name).IsEmpty)
            {
                return false;
            }
        }

        foreach (var container in _namespaces)
        {
            foreach (var unused in container.GetMembers(name))
            {
                return false;
            }
        }

        foreach (var container in _imports)
        {
            if (!container.GetTypeMembers(name).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The namespace <paramref name="name"/> denotes here as the first part of a qualified name (<c>System</c> in
    /// <c>System.Threading.CancellationToken</c>), or <see langword="null"/> when it may denote anything else.
    /// </summary>
    public INamespaceSymbol? FindNamespace(string name)
    {
        foreach (var type in _types)
        {
            if (!type.GetMembers(name).IsEmpty)
            {
                return null;
            }
        }

        if (_aliases.Contains(name))
        {
            return null;
        }

        foreach (var container in _namespaces)
        {
            if (Only(container, name, out var member))
            {
                return member as INamespaceSymbol;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="container"/> has members named <paramref name="name"/>; <paramref name="member"/> is it when there is one only.</summary>
    public static bool Only(INamespaceSymbol container, string name, out INamespaceOrTypeSymbol? member)
    {
        member = null;
        var count = 0;
        foreach (var candidate in container.GetMembers(name))
        {
            member = candidate;
            count++;
        }

        if (count > 1)
        {
            member = null;
        }

        return count > 0;
    }

    /// <summary>
    /// The one type <paramref name="name"/> with <paramref name="arity"/> type arguments names as a member of
    /// <paramref name="container"/> (<c>CancellationToken</c> in <c>System.Threading.CancellationToken</c>), when it is
    /// certainly visible here and nothing else of that name is.
    /// </summary>
    public INamedTypeSymbol? FindIn(INamespaceSymbol container, string name, int arity)
    {
        INamedTypeSymbol? found = null;
        foreach (var member in container.GetMembers(name))
        {
            if (member is not INamedTypeSymbol type || (type.Arity == arity && found is not null))
            {
                return null;
            }

            if (type.Arity == arity)
            {
                found = type;
            }
        }

        return found is null ? null : Visible(found);
    }

    /// <summary>The type itself when it is certainly visible here: declared in this compilation (and not file-local), or public.</summary>
    private INamedTypeSymbol? Visible(INamedTypeSymbol type)
    {
        if (type.IsFileLocal)
        {
            return null;
        }

        return SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly) || type.DeclaredAccessibility == Accessibility.Public
            ? type
            : null;
    }
}
