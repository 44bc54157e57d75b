using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>A call from one method to a method declared in the same compilation, which the analyzer follows.</summary>
internal sealed class CallSite
{
    public CallSite(IMethodSymbol target, Location location, ImmutableArray<int> argumentOrigins)
    {
        Target = target;
        Location = location;
        ArgumentOrigins = argumentOrigins;
    }

    public IMethodSymbol Target { get; }

    public Location Location { get; }

    /// <summary>
    /// Where each of the target's parameters gets its value on this call, by ordinal, as a <see cref="PathOrigin"/>; empty
    /// when no argument can carry a path.
    /// </summary>
    public ImmutableArray<int> ArgumentOrigins { get; }
}
