using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>Compares (method, input mask) pairs with the symbol comparer Roslyn requires for symbols.</summary>
internal sealed class MethodAndMaskComparer : IEqualityComparer<(IMethodSymbol Method, ulong Inputs)>
{
    public bool Equals((IMethodSymbol Method, ulong Inputs) x, (IMethodSymbol Method, ulong Inputs) y) =>
        x.Inputs == y.Inputs && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

    public int GetHashCode((IMethodSymbol Method, ulong Inputs) obj) =>
        SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 31 + obj.Inputs.GetHashCode();
}
