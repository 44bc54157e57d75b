using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Caching;
using Weft.Generators.Helpers;

namespace Weft.Generators.Fingerprinting;

internal sealed partial class DeclarationIndex
{
    // MethodImplOptions.AggressiveOptimization (not in netstandard2.0's enum): the walk's code handles Roslyn's structs
    // (ChildSyntaxList, SyntaxNodeOrToken), which the ReadyToRun image cannot keep, so it would run as unoptimized tier-0
    // code for the ~140,000 tokens of a build; optimized from the start, it also inlines Roslyn's small accessors.
    private const MethodImplOptions Optimized = (MethodImplOptions)512;

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

        _description++;
        var hasher = Hashing.Hasher();
        DescribeParts(declaration, hasher);
        declaration.TextHash = hasher.FinishHex16();
        var lookups = new NameLookup[_lookupCount];
        Array.Copy(_lookups, lookups, _lookupCount);
        _lookupCount = 0;
        declaration.Lookups = lookups;
        var references = _references.ToArray();
        _references.Clear();
        declaration.References = references;
    }

    /// <summary>A type contributes its shape (header, data members, constructors, operators), not its other methods.</summary>
    private void DescribeParts(Declaration declaration, Sha256 hasher)
    {
        switch (declaration.Node)
        {
            case TypeDeclarationSyntax type:
                if (type.ParameterList is not null)
                {
                    DescribePart(type.ParameterList, declaration, hasher);
                }

                if (type.BaseList is not null)
                {
                    DescribePart(type.BaseList, declaration, hasher);
                }

                foreach (var member in type.Members)
                {
                    if (member is FieldDeclarationSyntax or PropertyDeclarationSyntax or ConstructorDeclarationSyntax
                        or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax)
                    {
                        DescribePart(member, declaration, hasher);
                    }
                }

                break;
            case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } declarator:
                DescribePart(variables.Type, declaration, hasher);
                DescribePart(declarator, declaration, hasher);
                break;
            default:
                DescribePart(declaration.Node, declaration, hasher);
                break;
        }
    }

    private void DescribePart(SyntaxNode part, Declaration declaration, Sha256 hasher)
    {
        DescribeTokens(part, declaration, hasher);
        hasher.Append('\n');
    }

    /// <summary>Every token under <paramref name="node"/> in document order, attribute lists left out.</summary>
    [MethodImpl(Optimized)]
    private void DescribeTokens(SyntaxNode node, Declaration declaration, Sha256 hasher)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                var token = child.AsToken();
                hasher.Append(token.Text).Append(' ');
                if (token.RawKind == (int)SyntaxKind.IdentifierToken && token.Parent is SimpleNameSyntax name)
                {
                    Resolve(name, token.ValueText, declaration);
                }
            }
            else
            {
                // The commonest nodes hold one token: read it directly instead of listing their children.
                switch (child.AsNode())
                {
                    case IdentifierNameSyntax identifierName:
                        var identifier = identifierName.Identifier;
                        hasher.Append(identifier.Text).Append(' ');
                        if (identifier.RawKind == (int)SyntaxKind.IdentifierToken)
                        {
                            Resolve(identifierName, identifier.ValueText, declaration);
                        }

                        break;
                    case PredefinedTypeSyntax predefined:
                        hasher.Append(predefined.Keyword.Text).Append(' ');
                        break;
                    case LiteralExpressionSyntax literal:
                        hasher.Append(literal.Token.Text).Append(' ');
                        break;
                    case { } inner when inner.RawKind != (int)SyntaxKind.AttributeList:
                        DescribeTokens(inner, declaration, hasher);
                        break;
                }
            }
        }
    }

    private void Resolve(SimpleNameSyntax name, string text, Declaration from)
    {
        var entry = Entry(text);
        var invoked = IsInvoked(name);
        switch (name.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Name == name:
                var receiverName = LastIdentifier(access.Expression);
                var receiver = receiverName is null ? null : Entry(receiverName);
                if (receiver is not null)
                {
                    LookUp(receiver, NameKind.Type);
                }

                if (receiver?.Types is not null)
                {
                    // Type.Member: members of types of that name, and nested types.
                    AddMembersOf(receiver.Name, entry, invoked);
                }
                else if (invoked)
                {
                    // instance.Method(): any instance or extension method of that name (overrides included).
                    LookUp(entry, NameKind.Method);
                    AddInstanceMethods(entry);
                }

                return;
            case MemberBindingExpressionSyntax when invoked:
                LookUp(entry, NameKind.Method);
                AddInstanceMethods(entry);

                return;
            case QualifiedNameSyntax qualified when qualified.Right == name:
                AddAll(entry.Types, NameKind.Type, entry);
                return;
        }

        AddAll(entry.Types, NameKind.Type, entry);
        if (AddFromEnclosingTypes(from, entry, invoked))
        {
            return;
        }

        if (invoked)
        {
            // Not in an enclosing type: inherited, 'using static', or an extension called by name: take every method of that name.
            AddAll(entry.Methods, NameKind.Method, entry);
        }
    }

    private bool AddFromEnclosingTypes(Declaration from, NameEntry entry, bool invoked)
    {
        var found = false;
        for (var type = from.Kind == DeclarationKind.Type ? from : from.ContainingType; type is not null; type = type.ContainingType)
        {
            found |= AddMembersOf(type.Name, entry, invoked, type);
        }

        return found;
    }

    private bool AddMembersOf(string typeName, NameEntry member, bool invoked, Declaration? only = null)
    {
        LookUp(member, NameKind.Method);
        if (!invoked)
        {
            LookUp(member, NameKind.Member);
            LookUp(member, NameKind.Type);
        }

        if (invoked)
        {
            return AddOwnedBy(member.Methods, typeName, only);
        }

        var found = AddOwnedBy(member.Members, typeName, only);
        found |= AddOwnedBy(member.Methods, typeName, only);
        found |= AddOwnedBy(member.Types, typeName, only);
        return found;
    }

    /// <summary>The <paramref name="candidates"/> declared in <paramref name="only"/>, or else in any type named <paramref name="typeName"/>.</summary>
    private bool AddOwnedBy(List<Declaration>? candidates, string typeName, Declaration? only)
    {
        if (candidates is null)
        {
            return false;
        }

        var found = false;
        foreach (var candidate in candidates)
        {
            var owner = candidate.ContainingType;
            if (owner is not null && (only is null ? owner.Name == typeName : ReferenceEquals(owner, only) || owner.Id == only.Id))
            {
                AddReference(candidate);
                found = true;
            }
        }

        return found;
    }

    private void AddAll(List<Declaration>? declarations, NameKind kind, NameEntry entry)
    {
        LookUp(entry, kind);
        if (declarations is not null)
        {
            foreach (var declaration in declarations)
            {
                AddReference(declaration);
            }
        }
    }

    /// <summary>Any instance or extension method of that name (overrides included).</summary>
    private void AddInstanceMethods(NameEntry entry)
    {
        if (entry.Methods is { } methods)
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

    /// <summary>Records a lookup once per description, in order of first use.</summary>
    /// <remarks>
    /// A type lookup needs no record: the name is an identifier of the declaration's tree, which the fingerprint's
    /// dependencies hold, and a tree's digest already covers the types every one of its identifiers can name
    /// (<see cref="CompilationView.Digest"/>). Methods and members it does not cover.
    /// </remarks>
    private void LookUp(NameEntry entry, NameKind kind)
    {
        if (kind == NameKind.Type || !entry.MarkLookedUp(kind, _description))
        {
            return;
        }

        if (_lookupCount == _lookups.Length)
        {
            var larger = new NameLookup[_lookups.Length * 2];
            Array.Copy(_lookups, larger, _lookupCount);
            _lookups = larger;
        }

        _lookups[_lookupCount++] = new NameLookup(entry, kind);
    }

    /// <summary>Keeps the first mention only: the walk skips a declaration it has seen, so later ones change nothing.</summary>
    private void AddReference(Declaration declaration)
    {
        if (declaration.ReferencedIn != _description)
        {
            declaration.ReferencedIn = _description;
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
