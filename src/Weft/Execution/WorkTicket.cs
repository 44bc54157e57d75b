using System.Diagnostics;

namespace Weft;

/// <summary>
/// A worker a run has asked the thread pool to start, which either a pool thread or the <see cref="StarvationGuard"/>
/// (on a thread of its own) may claim, once.
/// </summary>
internal sealed class WorkTicket(Action<int> work, int node)
{
    private int _claimed;

    /// <summary>When the worker was queued (a <see cref="Stopwatch"/> timestamp).</summary>
    public long QueuedAt { get; } = Stopwatch.GetTimestamp();

    public bool Claimed => Volatile.Read(ref _claimed) != 0;

    /// <summary>Runs the worker unless another thread claimed it first.</summary>
    public void RunIfUnclaimed()
    {
        if (Interlocked.Exchange(ref _claimed, 1) == 0)
        {
            work(node);
        }
    }
}
