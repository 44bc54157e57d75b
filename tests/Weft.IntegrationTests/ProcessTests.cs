using Weft.RuntimeHost;
using Weft.Storage;

namespace Weft.IntegrationTests;

/// <summary>
/// Real processes: a run killed with SIGKILL mid-run resumes without rerunning what it recorded as done, and two
/// processes run pipelines on one store at once.
/// </summary>
public sealed class ProcessTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(90);

    private readonly string _store = TestStores.NewPath();
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(TestStores.Root, Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task RunKilledMidStep_Resumes_RunningOnlyItsUnfinishedSteps()
    {
        var journal = Path.Combine(_folder, "journal.txt");
        var gate = Path.Combine(_folder, "gate");
        using var child = HostProcess.Start("killable", _store, journal, gate);

        // Killed while Wait runs, once everything before it is recorded as done.
        await Eventually.TrueAsync(
            () => Journal.Read(journal).Any(e => e.Node == "Wait") && Succeeded(_store).Contains("Join"),
            s_patience, child.ErrorsAsync);
        var exitCode = await child.KillAsync();
        Assert.Equal(137, exitCode);

        RunRecord killed;
        using (var weft = WeftStore.Open(_store))
        {
            killed = Assert.Single(weft.ListRuns());
            Assert.Equal((RunStatus.Running, true), (killed.Status, killed.Abandoned));
        }

        var before = Journal.Read(journal).Count;
        await File.WriteAllTextAsync(gate, "open");
        var resumed = await PipelineRunner.ResumeAsync(killed.RunId, new RunOptions { StorePath = _store });

        Assert.Equal(RunStatus.Succeeded, resumed.Status);
        Assert.Equal(killed.RunId, resumed.RunId);
        Assert.Equal(killed.LogicalTime, resumed.StartedAt);
        var expectedTotal = Enumerable.Range(0, 100_000).Sum(i => (10 + 20 + 30 + i) % 251);
        Assert.Equal($"total {expectedTotal}", resumed.Output<string>("Finish"));

        var after = Journal.Read(journal).Skip(before).ToList();
        Assert.Equal(["Wait", "Wait", "Finish"], after.Select(e => e.Node));
        Assert.All(after, e => Assert.Equal(killed.RunId, e.RunId));
        Assert.Equal(["Begin", "Branch", "Branch_2", "Branch_3", "Join", "Wait"], Journal.Read(journal).Take(before).Select(e => e.Node).Order(StringComparer.Ordinal));

        using var store = WeftStore.Open(_store);
        var details = store.GetRun(killed.RunId)!;
        Assert.Equal((RunStatus.Succeeded, 1), (details.Run.Status, details.Run.Resumes));
        Assert.All(details.Steps, s => Assert.Equal(StepStatus.Succeeded, s.Status));
        Assert.Equal(7, details.History.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(12)]
    public async Task RunKilledAtAnyMoment_Resumes_WithoutRerunningWhatItRecorded(int stepsBeforeKill)
    {
        var journal = Path.Combine(_folder, "journal.txt");
        var gate = Path.Combine(_folder, "gate");

        // Twelve steps of 30 ms, then one that waits for the gate. The kill follows a step's return by however long this
        // process takes to notice, so it lands anywhere between a step's return and the writer's commit of its record, or
        // in a later step; the gate keeps the run from finishing first.
        using var child = HostProcess.Start("ladder", _store, journal, gate, "1", "30");
        await Eventually.TrueAsync(() => Journal.Read(journal).Count >= stepsBeforeKill, s_patience, child.ErrorsAsync);
        await child.KillAsync();

        string runId;
        HashSet<string> recorded;
        using (var weft = WeftStore.Open(_store))
        {
            var killed = Assert.Single(weft.ListRuns());
            Assert.Equal(RunStatus.Running, killed.Status);
            runId = killed.RunId;
            recorded = [.. weft.GetRun(runId)!.Steps.Where(s => s.Status == StepStatus.Succeeded).Select(s => s.Node)];
        }

        var before = Journal.Read(journal).Count;
        await File.WriteAllTextAsync(gate, "open");
        var resumed = await PipelineRunner.ResumeAsync(Ladder.Definition, runId, new RunOptions { StorePath = _store });

        Assert.Equal(RunStatus.Succeeded, resumed.Status);
        Assert.Equal(Enumerable.Range(0, 50_000).Select(i => (byte)(i * 13 % 256)), resumed.Output<byte[]>("Top"));
        var rerun = Journal.Read(journal).Skip(before).Select(e => e.Node).ToList();
        Assert.Empty(rerun.Intersect(recorded));
        Assert.Equal(Ladder.Definition.Nodes.Select(n => n.Name).Order(StringComparer.Ordinal), recorded.Concat(rerun).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TwoProcesses_RunOnOneStoreAtOnce()
    {
        var gate = Path.Combine(_folder, "gate");
        var journals = new[] { Path.Combine(_folder, "one.txt"), Path.Combine(_folder, "two.txt") };
        using var one = HostProcess.Start("killable", _store, journals[0], gate);
        using var two = HostProcess.Start("killable", _store, journals[1], gate);

        // Both are mid-run, each with its writer committing to the same database, before either may finish.
        await Eventually.TrueAsync(() => journals.All(j => Journal.Read(j).Any(e => e.Node == "Wait")), s_patience,
            async () => await one.ErrorsAsync() + await two.ErrorsAsync());
        using var ladder = HostProcess.Start("ladder", _store, Path.Combine(_folder, "ladder.txt"), gate, "3", "5");
        await File.WriteAllTextAsync(gate, "open");
        var results = await Task.WhenAll(one.WaitAsync(s_patience), two.WaitAsync(s_patience), ladder.WaitAsync(s_patience));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Output} {r.Errors}"));
        using var store = WeftStore.Open(_store);
        var runs = store.ListRuns();
        Assert.Equal(3, runs.Count);
        Assert.All(runs, r => Assert.Equal(RunStatus.Succeeded, r.Status));
        foreach (var run in runs)
        {
            var details = store.GetRun(run.RunId)!;
            Assert.All(details.Steps, s => Assert.Equal(StepStatus.Succeeded, s.Status));
            foreach (var output in details.Steps.SelectMany(s => s.Outputs))
            {
                Assert.Equal(output.Size, store.ReadArtifactBytes(output.ArtifactId).Length);
            }
        }

        // Both killable runs wrote the same Join bytes: one object, written by whichever rename came first.
        var joins = runs.Where(r => r.Pipeline == "Killable").Select(r => store.GetRun(r.RunId)!.Steps.Single(s => s.Node == "Join").Outputs.Single().ArtifactId).Distinct();
        Assert.Single(joins);
        Assert.Empty(Directory.GetFiles(Path.Combine(_store, "objects", "tmp")));
    }

    private static HashSet<string> Succeeded(string store)
    {
        if (!File.Exists(Path.Combine(store, "weft.db")))
        {
            return [];
        }

        using var weft = WeftStore.Open(store);
        return weft.ListRuns().FirstOrDefault() is { } run
            ? [.. weft.GetRun(run.RunId)!.Steps.Where(s => s.Status == StepStatus.Succeeded).Select(s => s.Node)]
            : [];
    }
}
