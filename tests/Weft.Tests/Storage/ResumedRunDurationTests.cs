using System.Globalization;
using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>
/// A resumed run's duration is the time it spent running: its segment before the resume plus the resume's own, not the
/// wall-clock time since it first started (which counts the night it sat failed).
/// </summary>
public sealed class ResumedRunDurationTests
{
    private static readonly TimeSpan s_firstSegment = TimeSpan.FromSeconds(2);
    private readonly string _store = TestStores.NewPath();
    private volatile bool _broken = true;

    private PipelineDefinition Definition() => Pipeline(
        Node("Load", _ => 1),
        Node("Fit", args => _broken ? throw new InvalidOperationException("diverged") : (int)args[0]! + 1, From("data", "Load")));

    private RunOptions Options() => new() { StorePath = _store, UseCache = false };

    [Fact]
    public async Task FailedRun_ResumedAnHourLater_CountsOnlyItsTwoSegments()
    {
        var runId = await FailedRunAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        Rewrite(runId, "started_at = $start, finished_at = $end", ("$start", start), ("$end", start + s_firstSegment));

        var resumedAt = DateTimeOffset.UtcNow;
        await ResumeAsync(runId);

        var run = Read(runId);
        Assert.Equal(s_firstSegment, run.EarlierDuration);
        Assert.InRange(run.ResumedAt!.Value, resumedAt.AddSeconds(-1), DateTimeOffset.UtcNow);
        Assert.InRange(run.Duration!.Value, s_firstSegment, s_firstSegment + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task KilledRun_CountsItsFirstSegmentUpToItsLastStep()
    {
        var runId = await FailedRunAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        // As a killed process leaves it: still 'Running', no end, an owner that is gone; its last step ended 2 s in.
        Rewrite(runId, "status = 'Running', finished_at = NULL, owner = $owner, started_at = $start", ("$owner", Environment.MachineName + ":999999999:1"), ("$start", Timestamp(start)));
        StoreDatabase.Execute(_store, "UPDATE step_runs SET finished_at = $end WHERE run_id = $id",
            ("$end", Timestamp(start + s_firstSegment)), ("$id", runId));

        await ResumeAsync(runId);

        Assert.Equal(s_firstSegment, Read(runId).EarlierDuration);
    }

    [Fact]
    public async Task ResumedTwice_AddsEverySegment()
    {
        var runId = await FailedRunAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        Rewrite(runId, "started_at = $start, finished_at = $end", ("$start", start), ("$end", start + s_firstSegment));
        await ResumeAsync(runId, stillBroken: true);
        var resumedAt = DateTimeOffset.UtcNow.AddHours(-1);
        Rewrite(runId, "resumed_at = $start, finished_at = $end", ("$start", resumedAt), ("$end", resumedAt + s_firstSegment));

        await ResumeAsync(runId);

        var run = Read(runId);
        Assert.Equal(2, run.Resumes);
        Assert.Equal(s_firstSegment * 2, run.EarlierDuration);
        Assert.InRange(run.Duration!.Value, s_firstSegment * 2, s_firstSegment * 2 + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task RunNeverResumed_LastsFromStartToFinish()
    {
        var run = Read(await FailedRunAsync());

        Assert.Equal((TimeSpan.Zero, (DateTimeOffset?)null), (run.EarlierDuration, run.ResumedAt));
        Assert.Equal(run.FinishedAt - run.StartedAt, run.Duration);
    }

    private async Task<string> FailedRunAsync()
    {
        var failed = await RunWith(Definition(), [], Options());
        Assert.Equal(RunStatus.Failed, failed.Status);
        return failed.RunId;
    }

    private async Task ResumeAsync(string runId, bool stillBroken = false)
    {
        _broken = stillBroken;
        var resumed = await PipelineRunner.ResumeAsync(Definition(), runId, Options());
        Assert.Equal(stillBroken ? RunStatus.Failed : RunStatus.Succeeded, resumed.Status);
    }

    private void Rewrite(string runId, string assignments, params (string Name, DateTimeOffset Value)[] times)
        => Rewrite(runId, assignments, times.Select(t => (t.Name, (object)Timestamp(t.Value))).ToArray());

    private void Rewrite(string runId, string assignments, params (string Name, object Value)[] values)
        => Assert.Equal(1, StoreDatabase.Execute(_store, $"UPDATE runs SET {assignments} WHERE id = $id", [.. values, ("$id", runId)]));

    private RunRecord Read(string runId)
    {
        using var weft = WeftStore.Open(_store);
        return weft.FindRun(runId)!;
    }

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
