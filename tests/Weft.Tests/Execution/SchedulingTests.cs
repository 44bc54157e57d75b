using System.Collections.Concurrent;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class SchedulingTests
{
    [Fact]
    public async Task Chain_RunsEachStepAfterItsInput_AndPassesValuesAlong()
    {
        var order = new ConcurrentQueue<string>();
        var definition = Pipeline(
            Node("C", args => { order.Enqueue("C"); return (int)args[0]! * 10; }, From("b", "B")),
            Node("B", args => { order.Enqueue("B"); return (int)args[0]! + 1; }, From("a", "A")),
            Node("A", _ => { order.Enqueue("A"); return 1; }));

        var run = await Run(definition);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(["A", "B", "C"], order);
        Assert.Equal(20, run.Output<int>("C"));
        Assert.Equal(["C", "B", "A"], run.Steps.Select(s => s.Name));
        Assert.All(run.Steps, s => Assert.Equal((StepStatus.Succeeded, 1, false), (s.Status, s.Attempts, s.Cached)));
        Assert.Null(run.Error);
    }

    [Fact]
    public async Task Diamond_JoinWaitsForBothBranches()
    {
        var bDone = false;
        var cDone = false;
        var joinSawBoth = false;
        var definition = Pipeline(
            Node("A", _ => 2),
            Node("B", args => { Volatile.Write(ref bDone, true); return (int)args[0]! + 1; }, From("x", "A")),
            Node("C", args => { Volatile.Write(ref cDone, true); return (int)args[0]! * 5; }, From("x", "A")),
            Node("D", args => { joinSawBoth = Volatile.Read(ref bDone) && Volatile.Read(ref cDone); return $"{args[0]}+{args[1]}"; },
                From("left", "B"), From("right", "C")));

        var run = await Run(definition, new RunOptions { MaxParallelism = 4 });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.True(joinSawBoth);
        Assert.Equal("3+10", run.Output<string>("D"));
    }

    [Fact]
    public async Task IndependentBranches_RunAtTheSameTime()
    {
        // Each branch waits until the other has started: the run can only succeed if both are in flight together.
        var leftStarted = Signal();
        var rightStarted = Signal();
        var definition = Pipeline(
            Node("Root", _ => 0),
            AsyncNode("Left", async (_, _) => { leftStarted.SetResult(); await rightStarted.Task.WaitAsync(Patience); return ["left"]; }, From("r", "Root")),
            AsyncNode("Right", async (_, _) => { rightStarted.SetResult(); await leftStarted.Task.WaitAsync(Patience); return ["right"]; }, From("r", "Root")));

        var run = await Run(definition, new RunOptions { MaxParallelism = 4 });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal("left", run.Output<string>("Left"));
        Assert.Equal("right", run.Output<string>("Right"));
    }

    [Fact]
    public async Task MaxParallelismOne_RunsOneStepAtATime_InNodeOrder()
    {
        var active = 0;
        var maxActive = 0;
        var order = new ConcurrentQueue<string>();
        StepNode Tracked(string name) => AsyncNode(name, async (_, _) =>
        {
            var now = Interlocked.Increment(ref active);
            InterlockedMax(ref maxActive, now);
            order.Enqueue(name);
            // Gives a wrongly started second step every chance to overlap with this one.
            await Task.Delay(15);
            Interlocked.Decrement(ref active);
            return [name];
        });

        var run = await Run(Pipeline(Tracked("A"), Tracked("B"), Tracked("C"), Tracked("D")), new RunOptions { MaxParallelism = 1 });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(1, maxActive);
        Assert.Equal(["A", "B", "C", "D"], order);
    }

    [Fact]
    public async Task MaxParallelismTwo_RunsTwoAtOnceButNeverThree()
    {
        var active = 0;
        var maxActive = 0;
        var twoRunning = Signal();
        StepNode Tracked(string name) => AsyncNode(name, async (_, _) =>
        {
            var now = Interlocked.Increment(ref active);
            InterlockedMax(ref maxActive, now);
            if (now == 2)
            {
                twoRunning.TrySetResult();
            }

            // The first two wait for each other; the third only starts once one of them is done.
            await twoRunning.Task.WaitAsync(Patience);
            await Task.Yield();
            Interlocked.Decrement(ref active);
            return [name];
        });

        var run = await Run(Pipeline(Tracked("A"), Tracked("B"), Tracked("C")), new RunOptions { MaxParallelism = 2 });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(2, maxActive);
    }

    [Fact]
    public async Task NodesListedBeforeTheirInputs_StillRunAfterThem()
    {
        var definition = Pipeline(
            Node("Sum", args => (int)args[0]! + (int)args[1]!, From("a", "A"), From("b", "B")),
            Node("B", _ => 2),
            Node("A", _ => 40));

        var run = await Run(definition);

        Assert.Equal(42, run.Output<int>("Sum"));
    }

    [Fact]
    public async Task EmptyPipeline_Succeeds()
    {
        var run = await Run(Pipeline());

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Empty(run.Steps);
    }

    [Fact]
    public async Task SynchronousSteps_DoNotBlockEachOther()
    {
        // A step that blocks its thread (synchronous invoker) must not keep an independent step from starting.
        using var release = new ManualResetEventSlim();
        var otherRan = Signal();
        var definition = Pipeline(
            Custom("Blocking", ["value"], (_, _) =>
            {
                var released = release.Wait(Patience);
                return ValueTask.FromResult<object?[]>([released]);
            }, null),
            Custom("Other", ["value"], (_, _) =>
            {
                otherRan.SetResult();
                release.Set();
                return ValueTask.FromResult<object?[]>([true]);
            }, null));

        var run = await Run(definition, new RunOptions { MaxParallelism = 2 });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.True(run.Output<bool>("Blocking"));
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
