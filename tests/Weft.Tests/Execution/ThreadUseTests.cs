using System.Collections.Concurrent;
using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

/// <summary>How runs use threads: no thread per step, synchronous chains inline, and concurrent runs sharing a store.</summary>
public sealed class ThreadUseTests
{
    [Fact]
    public async Task SynchronousChain_RunsInlineOnOneWorker()
    {
        var threads = new ConcurrentDictionary<int, int>();
        var nodes = Enumerable.Range(0, 500)
            .Select(i => Node($"S{i}", args =>
            {
                threads.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, n) => n + 1);
                return i == 0 ? 0 : (int)args[0]! + 1;
            }, i == 0 ? [] : [From("x", $"S{i - 1}")]))
            .ToArray();

        var run = await Run(Pipeline(nodes), new RunOptions { MaxParallelism = 4 });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(499, run.Output<int>("S499"));
        Assert.Equal(500, Assert.Single(threads).Value);
    }

    [Fact]
    public async Task WideFan_UsesAtMostMaxParallelismWorkersAtOnce()
    {
        var active = 0;
        var peak = 0;
        var threads = new ConcurrentDictionary<int, byte>();
        var nodes = new List<StepNode> { Node("Root", _ => 1) };
        nodes.AddRange(Enumerable.Range(0, 300).Select(i => Node($"M{i}", args =>
        {
            threads.TryAdd(Environment.CurrentManagedThreadId, 0);
            var now = Interlocked.Increment(ref active);
            InterlockedMax(ref peak, now);
            Thread.SpinWait(200);
            Interlocked.Decrement(ref active);
            return (int)args[0]! + i;
        }, From("r", "Root"))));

        var run = await Run(Pipeline([.. nodes]), new RunOptions { MaxParallelism = 3 });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.InRange(peak, 1, 3);

        // Workers are pool threads, reused from step to step: far fewer threads than steps.
        Assert.InRange(threads.Count, 1, 64);
    }

    [Fact]
    public async Task StepsThatBlockTheirThreads_DoNotKeepOtherStepsFromStarting()
    {
        // More blocking steps than the pool has threads, each blocked until the last step runs: without a thread of its
        // own for a worker the pool cannot start, that step would wait for the pool's slow thread injection.
        var blockers = ThreadPool.ThreadCount + 8;
        using var release = new ManualResetEventSlim();
        var nodes = Enumerable.Range(0, blockers)
            .Select(i => Node($"Blocker{i}", _ => release.Wait(Patience)))
            .Append(Node("Releaser", _ =>
            {
                release.Set();
                return true;
            }))
            .ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = await Run(Pipeline(nodes), new RunOptions { MaxParallelism = blockers + 1 });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.All(Enumerable.Range(0, blockers), i => Assert.True(run.Output<bool>($"Blocker{i}")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ConcurrentRunsInOneProcess_ShareAStore()
    {
        var store = TestStores.NewPath();
        var definitions = Enumerable.Range(0, 4).Select(k => Pipeline(
            Enumerable.Range(0, 50).Select(i => Node($"S{i}", args => (int)args[0]! + (i == 0 ? 0 : 1), i == 0 ? [Const("k", k + 49)] : [From("x", $"S{i - 1}")])).ToArray()));

        var runs = await Task.WhenAll(definitions.Select(d => Run(d, new RunOptions { StorePath = store })));

        Assert.All(runs, r => Assert.Equal(RunStatus.Succeeded, r.Status));
        Assert.Equal([98, 99, 100, 101], runs.Select(r => r.Output<int>("S49")));
        using var weft = WeftStore.Open(store);
        Assert.Equal(4, weft.ListRuns().Count(r => r.Status == RunStatus.Succeeded));
        Assert.All(runs, r => Assert.Equal(50, weft.GetRun(r.RunId)!.Steps.Count));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
