using System.Collections.Concurrent;

namespace Weft.Analyzers;

/// <summary>What one method does on its own: its nondeterministic operations and its calls into the project's methods.</summary>
internal sealed class MethodFacts
{
    // Bodies of one method (the parts of a partial method) may be analyzed concurrently.
    public ConcurrentQueue<Finding> Findings { get; } = new();

    public ConcurrentQueue<CallSite> Calls { get; } = new();
}
