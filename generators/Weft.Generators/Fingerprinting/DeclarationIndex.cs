using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Fingerprinting;

/// <summary>
/// The project's declarations by simple name, read from syntax alone (no binding), once per compilation and shared by
/// every pipeline's transform through a weak table.
/// </summary>
/// <remarks>
/// Binding every step body to find what it calls costs more than a whole serializer generator; resolving names against
/// this index costs a token scan. Resolution over-approximates (every overload, every override, every type of that name)
/// so a fingerprint may change more often than strictly needed, never less.
/// </remarks>
internal sealed partial class DeclarationIndex
{
    private static readonly ConditionalWeakTable<Compilation, DeclarationIndex> s_byCompilation = new();

    private readonly Dictionary<string, List<Declaration>> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Declaration>> _methods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Declaration>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntaxNode, Declaration> _byNode = new();
    private readonly Dictionary<string, (string Fingerprint, Declaration[] Reached)> _fingerprints = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    // What Describe collects for one declaration (it runs under _gate): kept and cleared rather than allocated and grown
    // again for each of the thousands of declarations a build describes.
    private readonly List<Declaration> _references = new();
    private readonly HashSet<Declaration> _referenced = new();
    private readonly HashSet<(Caching.NameKind, string)> _lookups = new();

    private DeclarationIndex(Compilation compilation, CancellationToken ct)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            ct.ThrowIfCancellationRequested();
            var root = tree.GetRoot(ct);
            foreach (var member in ((CompilationUnitSyntax)root).Members)
            {
                AddMember(member, string.Empty, null);
            }
        }
    }

    public static DeclarationIndex For(Compilation compilation, CancellationToken ct)
        => s_byCompilation.GetValue(compilation, c => new DeclarationIndex(c, ct));

    public Declaration? Find(SyntaxNode node) => _byNode.TryGetValue(node, out var declaration) ? declaration : null;

    public bool TryGetFingerprint(string id, out (string Fingerprint, Declaration[] Reached) fingerprint)
    {
        lock (_gate)
        {
            return _fingerprints.TryGetValue(id, out fingerprint);
        }
    }

    public void SetFingerprint(string id, (string Fingerprint, Declaration[] Reached) fingerprint)
    {
        lock (_gate)
        {
            _fingerprints[id] = fingerprint;
        }
    }

    public object Gate => _gate;

    private void AddMember(MemberDeclarationSyntax member, string prefix, Declaration? containingType)
    {
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                var nsPrefix = prefix + ns.Name.ToString() + ".";
                foreach (var inner in ns.Members)
                {
                    AddMember(inner, nsPrefix, null);
                }

                break;
            case BaseTypeDeclarationSyntax type:
                var arity = type is TypeDeclarationSyntax { TypeParameterList: { } list } ? "`" + list.Parameters.Count : string.Empty;
                var typeId = prefix + type.Identifier.ValueText + arity;
                var declaration = Add(_types, type.Identifier.ValueText,
                    new Declaration(typeId, DeclarationKind.Type, type, containingType, type.Modifiers.Any(SyntaxKind.StaticKeyword), false));
                if (type is TypeDeclarationSyntax withMembers)
                {
                    foreach (var inner in withMembers.Members)
                    {
                        AddMember(inner, typeId + ".", declaration);
                    }
                }

                break;
            case DelegateDeclarationSyntax @delegate:
                Add(_types, @delegate.Identifier.ValueText,
                    new Declaration(prefix + @delegate.Identifier.ValueText, DeclarationKind.Type, @delegate, containingType, true, false));
                break;
            case MethodDeclarationSyntax method:
                var isExtension = method.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true;
                var methodId = prefix + method.Identifier.ValueText + "(" +
                               string.Join(",", method.ParameterList.Parameters.Select(p => p.Type?.ToString() ?? string.Empty)) + ")";
                Add(_methods, method.Identifier.ValueText,
                    new Declaration(methodId, DeclarationKind.Method, method, containingType, method.Modifiers.Any(SyntaxKind.StaticKeyword), isExtension));
                break;
            case PropertyDeclarationSyntax property:
                Add(_members, property.Identifier.ValueText,
                    new Declaration(prefix + property.Identifier.ValueText, DeclarationKind.Member, property, containingType,
                        property.Modifiers.Any(SyntaxKind.StaticKeyword), false));
                break;
            case BaseFieldDeclarationSyntax field:
                foreach (var variable in field.Declaration.Variables)
                {
                    Add(_members, variable.Identifier.ValueText,
                        new Declaration(prefix + variable.Identifier.ValueText, DeclarationKind.Member, variable, containingType,
                            field.Modifiers.Any(SyntaxKind.StaticKeyword) || field.Modifiers.Any(SyntaxKind.ConstKeyword), false));
                }

                break;
        }
    }

    private Declaration Add(Dictionary<string, List<Declaration>> map, string name, Declaration declaration)
    {
        if (!map.TryGetValue(name, out var list))
        {
            list = new List<Declaration>();
            map[name] = list;
        }

        list.Add(declaration);
        _byNode[declaration.Node] = declaration;
        return declaration;
    }
}
