using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>What a resume keeps of the run it continues: its cache setting, and which steps completed before it.</summary>
public sealed class ResumeSettingsTests
{
    private readonly string _store = TestStores.NewPath();
    private volatile bool _broken;

    private PipelineDefinition Definition() => Pipeline(
        Node("Load", _ => 1),
        Node("Fit", args => _broken ? throw new InvalidOperationException("diverged") : (int)args[0]! + 1, From("data", "Load")),
        Node("Evaluate", args => (int)args[0]! * 2, From("model", "Fit")));

    [Fact]
    public async Task RunWithoutTheCache_ResumesWithoutIt_EvenWhenEveryRemainingStepIsCached()
    {
        Assert.Equal(RunStatus.Succeeded, (await RunWith(Definition(), [], new() { StorePath = _store })).Status);
        _broken = true;
        var failed = await RunWith(Definition(), [], new() { StorePath = _store, UseCache = false });
        Assert.Equal(RunStatus.Failed, failed.Status);
        _broken = false;

        var resumed = await PipelineRunner.ResumeAsync(Definition(), failed.RunId, new RunOptions { StorePath = _store });

        Assert.Equal(RunStatus.Succeeded, resumed.Status);
        Assert.Equal(
            [("Load", false, true), ("Fit", false, false), ("Evaluate", false, false)],
            resumed.Steps.Select(s => (s.Name, s.Cached, s.CompletedBeforeResume)));
        using var weft = WeftStore.Open(_store);
        Assert.False(weft.FindRun(failed.RunId)!.UseCache);
    }

    [Fact]
    public async Task RunWithTheCache_ResumesWithIt()
    {
        _broken = true;
        var failed = await RunWith(Definition(), [], new() { StorePath = _store });
        Assert.Equal(RunStatus.Failed, failed.Status);
        _broken = false;
        Assert.Equal(RunStatus.Succeeded, (await RunWith(Definition(), [], new() { StorePath = _store })).Status);

        var resumed = await PipelineRunner.ResumeAsync(Definition(), failed.RunId, new RunOptions { StorePath = _store });

        Assert.Equal(
            [("Load", false, true), ("Fit", true, false), ("Evaluate", true, false)],
            resumed.Steps.Select(s => (s.Name, s.Cached, s.CompletedBeforeResume)));
    }
}
