using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>A call from one method to a method declared in the same compilation, which the analyzer follows.</summary>
internal sealed class CallSite
{
    public CallSite(IMethodSymbol target, Location location)
    {
        Target = target;
        Location = location;
    }

    public IMethodSymbol Target { get; }

    public Location Location { get; }
}
