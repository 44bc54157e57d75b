using System.Collections.Generic;
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
        foreach (var part in Parts(declaration.Node))
        {
            DescribeTokens(part, declaration, hasher);
            hasher.Append('\n');
        }

        declaration.TextHash = hasher.FinishHex16();
        var lookups = new (NameKind, string)[_lookups.Count];
        _lookups.CopyTo(lookups);
        _lookups.Clear();
        declaration.Lookups = lookups;
        var references = _references.ToArray();
        _references.Clear();
        _referenced.Clear();
        declaration.References = references;
    }

    /// <summary>Every token under <paramref name="node"/> in document order, attribute lists left out.</summary>
    private void DescribeTokens(SyntaxNode node, Declaration declaration, Helpers.Sha256 hasher)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                var token = child.AsToken();
                hasher.Append(token.Text).Append(' ');
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is SimpleNameSyntax name)
                {
                    Resolve(name, declaration);
                }
            }
            else if (child.AsNode() is { } inner && !inner.IsKind(SyntaxKind.AttributeList))
            {
                DescribeTokens(inner, declaration, hasher);
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

    private void Resolve(SimpleNameSyntax name, Declaration from)
    {
        var text = name.Identifier.ValueText;
        var invoked = IsInvoked(name);
        switch (name.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Name == name:
                var receiver = LastIdentifier(access.Expression);
                if (receiver is not null)
                {
                    _lookups.Add((NameKind.Type, receiver));
                }

                if (receiver is not null && _types.ContainsKey(receiver))
                {
                    // Type.Member: members of types of that name, and nested types.
                    AddMembersOf(receiver, text, invoked);
                }
                else if (invoked)
                {
                    // instance.Method(): any instance or extension method of that name (overrides included).
                    _lookups.Add((NameKind.Method, text));
                    AddInstanceMethods(text);
                }

                return;
            case MemberBindingExpressionSyntax when invoked:
                _lookups.Add((NameKind.Method, text));
                AddInstanceMethods(text);

                return;
            case QualifiedNameSyntax qualified when qualified.Right == name:
                AddAll(_types, NameKind.Type, text);
                return;
        }

        AddAll(_types, NameKind.Type, text);
        if (AddFromEnclosingTypes(from, text, invoked))
        {
            return;
        }

        if (invoked)
        {
            // Not in an enclosing type: inherited, 'using static', or an extension called by name: take every method of that name.
            AddAll(_methods, NameKind.Method, text);
        }
    }

    private bool AddFromEnclosingTypes(Declaration from, string text, bool invoked)
    {
        var found = false;
        for (var type = from.Kind == DeclarationKind.Type ? from : from.ContainingType; type is not null; type = type.ContainingType)
        {
            var typeName = ((BaseTypeDeclarationSyntax)type.Node).Identifier.ValueText;
            found |= AddMembersOf(typeName, text, invoked, type);
        }

        return found;
    }

    private bool AddMembersOf(string typeName, string member, bool invoked,
        Declaration? only = null)
    {
        _lookups.Add((NameKind.Method, member));
        if (!invoked)
        {
            _lookups.Add((NameKind.Member, member));
            _lookups.Add((NameKind.Type, member));
        }

        if (invoked)
        {
            return AddOwnedBy(_methods, typeName, member, only);
        }

        var found = AddOwnedBy(_members, typeName, member, only);
        found |= AddOwnedBy(_methods, typeName, member, only);
        found |= AddOwnedBy(_types, typeName, member, only);
        return found;
    }

    /// <summary>The declarations named <paramref name="member"/> in <paramref name="only"/>, or else in any type named <paramref name="typeName"/>.</summary>
    private bool AddOwnedBy(Dictionary<string, List<Declaration>> map, string typeName, string member, Declaration? only)
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
                AddReference(candidate);
                found = true;
            }
        }

        return found;
    }

    private void AddAll(Dictionary<string, List<Declaration>> map, NameKind kind, string name)
    {
        _lookups.Add((kind, name));
        if (map.TryGetValue(name, out var all))
        {
            foreach (var declaration in all)
            {
                AddReference(declaration);
            }
        }
    }

    /// <summary>Any instance or extension method of that name (overrides included).</summary>
    private void AddInstanceMethods(string name)
    {
        if (_methods.TryGetValue(name, out var methods))
        {
            foreach (var method in methods)
            {
                if (!method.IsStatic || method.IsExtension)
                {
                    AddReference(method);
                }
            }
        }
    }

    /// <summary>Keeps the first mention only: the walk skips a declaration it has seen, so later ones change nothing.</summary>
    private void AddReference(Declaration declaration)
    {
        if (_referenced.Add(declaration))
        {
            _references.Add(declaration);
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
