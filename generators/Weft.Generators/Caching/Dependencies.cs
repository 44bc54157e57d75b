using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Generators.Caching;

/// <summary>
/// What a result was computed from, collected while computing it: the syntax trees whose declarations it read, and the
/// names it looked up beyond what those trees' own identifiers cover.
/// </summary>
internal sealed class Dependencies
{
    public HashSet<SyntaxTree> Trees { get; } = new();

    public HashSet<(NameKind Kind, string Name)> Names { get; } = new();

    public void AddTree(SyntaxTree? tree)
    {
        if (tree is not null)
        {
            Trees.Add(tree);
        }
    }

    /// <summary>Every tree declaring <paramref name="symbol"/>: all parts of a partial type, say.</summary>
    public void AddSymbol(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            Trees.Add(reference.SyntaxTree);
        }
    }

    /// <summary>The types declaring every member, method and operator <paramref name="operation"/> names, and the types it mentions.</summary>
    public void AddOperation(IOperation operation)
    {
        foreach (var inner in operation.DescendantsAndSelf())
        {
            switch (inner)
            {
                case IMemberReferenceOperation member:
                    AddSymbol(member.Member.OriginalDefinition.ContainingType);
                    break;
                case IInvocationOperation invocation:
                    AddSymbol(invocation.TargetMethod.OriginalDefinition.ContainingType);
                    break;
                case IConversionOperation { OperatorMethod: { } method }:
                    AddSymbol(method.ContainingType);
                    break;
                case ITypeOfOperation typeOf:
                    AddSymbol(typeOf.TypeOperand.OriginalDefinition);
                    break;
            }

            if (inner.Type is INamedTypeSymbol type)
            {
                AddSymbol(type.OriginalDefinition);
            }
        }
    }

    public void AddName(NameKind kind, string name) => Names.Add((kind, name));

    public void AddAll(Dependencies? other)
    {
        if (other is null)
        {
            return;
        }

        Trees.UnionWith(other.Trees);
        Names.UnionWith(other.Names);
    }
}
