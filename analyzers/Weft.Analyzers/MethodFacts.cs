using System.Collections.Concurrent;

namespace Weft.Analyzers;

/// <summary>What one method does on its own: its nondeterministic operations and its calls into the project's methods.</summary>
internal sealed class MethodFacts
{
    // Operation callbacks of one method may run concurrently.
    public ConcurrentQueue<Finding> Findings { get; } = new();

    public ConcurrentQueue<CallSite> Calls { get; } = new();
}
