using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Caching;

namespace Weft.Generators.Fingerprinting;

internal sealed partial class DeclarationIndex
{
    /// <summary>Fills in <see cref="Declaration.TextHash"/> and <see cref="Declaration.References"/> (call under <see cref="Gate"/>).</summary>
    /// <remarks>
    /// The hash is of the normalized text (each token's text and a space, a line feed after each part), fed to the
    /// hasher token by token as the walk reaches it rather than built as a string first.
    /// </remarks>
    public void Describe(Declaration declaration)
    {
        if (declaration.References is not null)
        {
            return;
        }

        var hasher = Helpers.Hashing.Hasher();
        var references = new List<Declaration>();
        var lookups = new HashSet<(NameKind, string)>();
        foreach (var part in Parts(declaration.Node))
        {
            DescribeTokens(part, declaration, hasher, references, lookups);
            hasher.Append('\n');
        }

        declaration.TextHash = hasher.FinishHex16();
        declaration.Lookups = lookups.ToArray();
        declaration.References = references;
    }

    /// <summary>Every token under <paramref name="node"/> in document order, attribute lists left out.</summary>
    private void DescribeTokens(SyntaxNode node, Declaration declaration, Helpers.Sha256 hasher, List<Declaration> references,
        HashSet<(NameKind, string)> lookups)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                var token = child.AsToken();
                hasher.Append(token.Text).Append(' ');
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is SimpleNameSyntax name)
                {
                    Resolve(name, declaration, references, lookups);
                }
            }
            else if (child.AsNode() is { } inner && !inner.IsKind(SyntaxKind.AttributeList))
            {
                DescribeTokens(inner, declaration, hasher, references, lookups);
            }
        }
    }

    /// <summary>A type contributes its shape (header, data members, constructors, operators), not its other methods.</summary>
    private static IEnumerable<SyntaxNode> Parts(SyntaxNode node)
    {
        switch (node)
        {
            case TypeDeclarationSyntax type:
                if (type.ParameterList is not null)
                {
                    yield return type.ParameterList;
                }

                if (type.BaseList is not null)
                {
                    yield return type.BaseList;
                }

                foreach (var member in type.Members)
                {
                    if (member is FieldDeclarationSyntax or PropertyDeclarationSyntax or ConstructorDeclarationSyntax
                        or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax)
                    {
                        yield return member;
                    }
                }

                break;
            case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator:
                yield return declaration.Type;
                yield return declarator;
                break;
            default:
                yield return node;
                break;
        }
    }

    private void Resolve(SimpleNameSyntax name, Declaration from, List<Declaration> references, HashSet<(NameKind, string)> lookups)
    {
        var text = name.Identifier.ValueText;
        var invoked = IsInvoked(name);
        switch (name.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Name == name:
                var receiver = LastIdentifier(access.Expression);
                if (receiver is not null)
                {
                    lookups.Add((NameKind.Type, receiver));
                }

                if (receiver is not null && _types.ContainsKey(receiver))
                {
                    // Type.Member: members of types of that name, and nested types.
                    AddMembersOf(receiver, text, invoked, references, lookups);
                }
                else if (invoked)
                {
                    // instance.Method(): any instance or extension method of that name (overrides included).
                    lookups.Add((NameKind.Method, text));
                    if (_methods.TryGetValue(text, out var methods))
                    {
                        references.AddRange(methods.Where(m => !m.IsStatic || m.IsExtension));
                    }
                }

                return;
            case MemberBindingExpressionSyntax when invoked:
                lookups.Add((NameKind.Method, text));
                if (_methods.TryGetValue(text, out var bound))
                {
                    references.AddRange(bound.Where(m => !m.IsStatic || m.IsExtension));
                }

                return;
            case QualifiedNameSyntax qualified when qualified.Right == name:
                AddAll(_types, NameKind.Type, text, references, lookups);
                return;
        }

        AddAll(_types, NameKind.Type, text, references, lookups);
        if (AddFromEnclosingTypes(from, text, invoked, references, lookups))
        {
            return;
        }

        if (invoked)
        {
            // Not in an enclosing type: inherited, 'using static', or an extension called by name: take every method of that name.
            AddAll(_methods, NameKind.Method, text, references, lookups);
        }
    }

    private bool AddFromEnclosingTypes(Declaration from, string text, bool invoked, List<Declaration> references, HashSet<(NameKind, string)> lookups)
    {
        var found = false;
        for (var type = from.Kind == DeclarationKind.Type ? from : from.ContainingType; type is not null; type = type.ContainingType)
        {
            var typeName = ((BaseTypeDeclarationSyntax)type.Node).Identifier.ValueText;
            found |= AddMembersOf(typeName, text, invoked, references, lookups, type);
        }

        return found;
    }

    private bool AddMembersOf(string typeName, string member, bool invoked, List<Declaration> references, HashSet<(NameKind, string)> lookups,
        Declaration? only = null)
    {
        lookups.Add((NameKind.Method, member));
        if (!invoked)
        {
            lookups.Add((NameKind.Member, member));
            lookups.Add((NameKind.Type, member));
        }

        if (invoked)
        {
            return AddOwnedBy(_methods, typeName, member, references, only);
        }

        var found = AddOwnedBy(_members, typeName, member, references, only);
        found |= AddOwnedBy(_methods, typeName, member, references, only);
        found |= AddOwnedBy(_types, typeName, member, references, only);
        return found;
    }

    /// <summary>The declarations named <paramref name="member"/> in <paramref name="only"/>, or else in any type named <paramref name="typeName"/>.</summary>
    private static bool AddOwnedBy(Dictionary<string, List<Declaration>> map, string typeName, string member, List<Declaration> references,
        Declaration? only)
    {
        if (!map.TryGetValue(member, out var candidates))
        {
            return false;
        }

        var found = false;
        foreach (var candidate in candidates)
        {
            var owner = candidate.ContainingType;
            if (owner is not null && (only is null
                    ? ((BaseTypeDeclarationSyntax)owner.Node).Identifier.ValueText == typeName
                    : owner.Id == only.Id))
            {
                references.Add(candidate);
                found = true;
            }
        }

        return found;
    }

    private static void AddAll(Dictionary<string, List<Declaration>> map, NameKind kind, string name, List<Declaration> references,
        HashSet<(NameKind, string)> lookups)
    {
        lookups.Add((kind, name));
        if (map.TryGetValue(name, out var all))
        {
            references.AddRange(all);
        }
    }

    private static bool IsInvoked(SimpleNameSyntax name)
    {
        SyntaxNode node = name;
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == name)
        {
            node = access;
        }
        else if (node.Parent is MemberBindingExpressionSyntax binding)
        {
            node = binding;
        }

        return node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node;
    }

    private static string? LastIdentifier(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}
