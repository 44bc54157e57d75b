using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Caching;

/// <summary>
/// What one syntax tree can change in how other files bind or fingerprint: the headers of the names it declares (never
/// their bodies), the namespaces it opens, and its file-crossing directives (global usings, assembly attributes).
/// Read once per tree object, from syntax alone.
/// </summary>
/// <remarks>
/// A body edit leaves the surface unchanged, which is what lets a pipeline in another file keep its cached result.
/// The walk mirrors <see cref="Fingerprinting.DeclarationIndex"/>, so that every name the fingerprint walk can look up
/// has an entry here.
/// </remarks>
internal sealed class TreeSurface
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeSurface> s_byTree = new();

    private readonly SyntaxTree _tree;
    private readonly object _gate = new();
    private HashSet<string>? _identifiers;

    private TreeSurface(SyntaxTree tree, CancellationToken ct)
    {
        _tree = tree;
        var root = (CompilationUnitSyntax)tree.GetRoot(ct);
        var global = 0UL;
        foreach (var directive in root.Externs)
        {
            global = StableHash.Add(global, directive.ToString());
        }

        foreach (var directive in root.Usings)
        {
            if (directive.GlobalKeyword.RawKind != 0)
            {
                global = StableHash.Add(global, directive.ToString());
            }
        }

        foreach (var attributes in root.AttributeLists)
        {
            global = StableHash.Add(global, attributes.ToString());
        }

        GlobalHash = global;
        foreach (var member in root.Members)
        {
            AddMember(member, string.Empty);
        }
    }

    /// <summary>Declarations as (kind, simple name, hash of the header and where it sits); a name may repeat.</summary>
    public List<(NameKind Kind, string Name, ulong Hash)> Declarations { get; } = new();

    /// <summary>Every namespace the tree declares, fully qualified.</summary>
    public List<string> Namespaces { get; } = new();

    /// <summary>A hash of the global usings, extern aliases and assembly or module attributes; 0 when there are none.</summary>
    public ulong GlobalHash { get; }

    public static TreeSurface For(SyntaxTree tree, CancellationToken ct)
    {
        if (s_byTree.TryGetValue(tree, out var known))
        {
            return known;
        }

        var surface = new TreeSurface(tree, ct);
        return s_byTree.GetValue(tree, _ => surface);
    }

    /// <summary>Every identifier written in the tree: the names binding it can look up.</summary>
    public HashSet<string> Identifiers(CancellationToken ct)
    {
        lock (_gate)
        {
            if (_identifiers is null)
            {
                var identifiers = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var token in _tree.GetRoot(ct).DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken))
                    {
                        identifiers.Add(token.ValueText);
                    }
                }

                _identifiers = identifiers;
            }

            return _identifiers;
        }
    }

    private void AddMember(MemberDeclarationSyntax member, string prefix)
    {
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                var qualified = prefix;
                foreach (var part in ns.Name.ToString().Split('.'))
                {
                    qualified += part.Trim();
                    Namespaces.Add(qualified);
                    qualified += ".";
                }

                foreach (var inner in ns.Members)
                {
                    AddMember(inner, qualified);
                }

                break;
            case BaseTypeDeclarationSyntax type:
                var name = type.Identifier.ValueText;
                var header = Header(type);
                AddType(name, prefix + header);
                if (type is EnumDeclarationSyntax enumeration)
                {
                    // An implicit member value follows from the ones before it, so each member carries the whole enum.
                    var whole = StableHash.Of(prefix + enumeration);
                    foreach (var value in enumeration.Members)
                    {
                        Declarations.Add((NameKind.Constant, value.Identifier.ValueText, whole));
                    }
                }
                else if (type is TypeDeclarationSyntax withMembers)
                {
                    var arity = withMembers.TypeParameterList is { } list ? "`" + list.Parameters.Count : string.Empty;
                    foreach (var inner in withMembers.Members)
                    {
                        AddMember(inner, prefix + name + arity + ".");
                    }
                }

                break;
            case DelegateDeclarationSyntax @delegate:
                AddType(@delegate.Identifier.ValueText, prefix + @delegate);
                break;
            case MethodDeclarationSyntax method:
                Declarations.Add((NameKind.Method, method.Identifier.ValueText, StableHash.Of(prefix + "M " + method.Modifiers + " " + method.ReturnType + " "
                    + method.ExplicitInterfaceSpecifier + method.Identifier.ValueText + method.TypeParameterList + method.ParameterList + method.ConstraintClauses)));
                break;
            case PropertyDeclarationSyntax property:
                var accessors = string.Empty;
                foreach (var accessor in property.AccessorList?.Accessors ?? default)
                {
                    accessors += accessor.Modifiers + " " + accessor.Keyword.ValueText + ";";
                }

                Declarations.Add((NameKind.Member, property.Identifier.ValueText, StableHash.Of(prefix + "P " + property.Modifiers + " " + property.Type + " "
                    + property.Identifier.ValueText + accessors + (property.ExpressionBody is null ? string.Empty : "=>"))));
                break;
            case BaseFieldDeclarationSyntax field:
                var isConst = field.Modifiers.Any(SyntaxKind.ConstKeyword);
                foreach (var variable in field.Declaration.Variables)
                {
                    var text = prefix + "F " + field.Modifiers + " " + field.Declaration.Type + " " + variable.Identifier.ValueText;
                    Declarations.Add((NameKind.Member, variable.Identifier.ValueText, StableHash.Of(text)));
                    if (isConst)
                    {
                        Declarations.Add((NameKind.Constant, variable.Identifier.ValueText, StableHash.Of(text + " = " + variable.Initializer)));
                    }
                }

                break;
        }
    }

    private void AddType(string name, string header)
    {
        var hash = StableHash.Of(header);
        Declarations.Add((NameKind.Type, name, hash));
        const string Suffix = "Attribute";
        if (name.Length > Suffix.Length && name.EndsWith(Suffix, System.StringComparison.Ordinal))
        {
            Declarations.Add((NameKind.Type, name.Substring(0, name.Length - Suffix.Length), hash));
        }
    }

    private static string Header(BaseTypeDeclarationSyntax type) => type switch
    {
        TypeDeclarationSyntax t => "T " + t.Modifiers + " " + t.Keyword.ValueText + " " + (t is RecordDeclarationSyntax r ? r.ClassOrStructKeyword.ValueText : string.Empty)
            + " " + t.Identifier.ValueText + t.TypeParameterList + t.ParameterList + t.BaseList + t.ConstraintClauses,
        _ => "E " + type.Modifiers + " " + type.Identifier.ValueText + type.BaseList,
    };
}
