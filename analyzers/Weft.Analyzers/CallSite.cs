using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>A call from one method to a method declared in the same compilation, which the analyzer follows.</summary>
internal sealed class CallSite
{
    public CallSite(IMethodSymbol target, SyntaxNode syntax, ImmutableArray<int> argumentOrigins)
    {
        Target = target;
        Syntax = syntax;
        ArgumentOrigins = argumentOrigins;
    }

    public IMethodSymbol Target { get; }

    /// <summary>The call as written; most calls are never reported, so their <see cref="Location"/> is made only when asked for.</summary>
    public SyntaxNode Syntax { get; }

    public Location Location => Syntax.GetLocation();

    /// <summary>
    /// Where each of the target's parameters gets its value on this call, by ordinal, as a <see cref="PathOrigin"/>; empty
    /// when no argument can carry a path.
    /// </summary>
    public ImmutableArray<int> ArgumentOrigins { get; }
}
