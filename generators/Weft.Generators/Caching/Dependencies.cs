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

    // Each name looked up, with the kinds it was looked up as (bit 1 << NameKind). Keyed by the name alone: a set of
    // (kind, name) tuples is a generic instantiation over a value tuple that no precompiled image holds, so its methods
    // were JIT-compiled in every fresh compiler process (23 of them), while a map from strings to ints is compiled anyway.
    private readonly Dictionary<string, int> _names = new(System.StringComparer.Ordinal);

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

    public void AddName(NameKind kind, string name) => AddKinds(name, 1 << (int)kind);

    /// <summary>Every name looked up, with its kind, in no particular order.</summary>
    public (NameKind Kind, string Name)[] NamesToArray()
    {
        var count = 0;
        foreach (var kinds in _names.Values)
        {
            count += BitCount(kinds);
        }

        var result = new (NameKind Kind, string Name)[count];
        var i = 0;
        foreach (var entry in _names)
        {
            for (var kind = 0; kind < 32; kind++)
            {
                if ((entry.Value & (1 << kind)) != 0)
                {
                    result[i++] = ((NameKind)kind, entry.Key);
                }
            }
        }

        return result;
    }

    /// <summary>The names looked up as a set, for comparing two computations (tests' cross-checks).</summary>
    public HashSet<(NameKind Kind, string Name)> NameSet() => new(NamesToArray());

    private void AddKinds(string name, int kinds)
    {
        _names.TryGetValue(name, out var known);
        _names[name] = known | kinds;
    }

    private static int BitCount(int value)
    {
        var count = 0;
        for (; value != 0; value &= value - 1)
        {
            count++;
        }

        return count;
    }

    public void AddAll(Dependencies? other)
    {
        if (other is null)
        {
            return;
        }

        Trees.UnionWith(other.Trees);
        foreach (var entry in other._names)
        {
            AddKinds(entry.Key, entry.Value);
        }
    }
}
