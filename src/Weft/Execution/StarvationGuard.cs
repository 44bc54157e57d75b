using System.Diagnostics;

namespace Weft;

/// <summary>
/// Keeps steps that block their thread from starving the others. Workers run on the thread pool, which adds threads
/// only slowly once its threads are all blocked (a synchronous step training a model, waiting on I/O); a worker still
/// queued after <see cref="Patience"/> is started on a thread of its own instead. One background thread per process
/// watches, and only while some worker is queued.
/// </summary>
internal static class StarvationGuard
{
    /// <summary>How long a queued worker may wait for a pool thread.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(50);
    private static readonly object s_gate = new();
    private static readonly List<WorkTicket> s_queued = [];
    private static Thread? s_thread;

    /// <summary>Queues <paramref name="ticket"/> on the thread pool and watches that it starts in time.</summary>
    public static void Queue(WorkTicket ticket)
    {
        lock (s_gate)
        {
            s_queued.Add(ticket);
            if (s_thread is null)
            {
                s_thread = new Thread(Watch) { IsBackground = true, Name = "Weft starvation guard" };
                s_thread.Start();
            }
            else if (s_queued.Count == 1)
            {
                Monitor.Pulse(s_gate);
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(static t => t.RunIfUnclaimed(), ticket, preferLocal: false);
    }

    private static void Watch()
    {
        var late = new List<WorkTicket>();
        while (true)
        {
            lock (s_gate)
            {
                while (s_queued.Count == 0)
                {
                    Monitor.Wait(s_gate);
                }
            }

            Thread.Sleep(s_interval);
            lock (s_gate)
            {
                var now = Stopwatch.GetTimestamp();
                s_queued.RemoveAll(ticket =>
                {
                    if (ticket.Claimed)
                    {
                        return true;
                    }

                    if (Stopwatch.GetElapsedTime(ticket.QueuedAt, now) >= Patience)
                    {
                        late.Add(ticket);
                        return true;
                    }

                    return false;
                });
            }

            foreach (var ticket in late)
            {
                new Thread(static t => ((WorkTicket)t!).RunIfUnclaimed()) { IsBackground = true, Name = "Weft step" }.Start(ticket);
            }

            late.Clear();
        }
    }
}
