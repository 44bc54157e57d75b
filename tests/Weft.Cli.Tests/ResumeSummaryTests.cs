using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Weft.Cli.Tests.Infrastructure;
using Weft.Cli.Tests.Pipelines;

namespace Weft.Cli.Tests;

/// <summary>
/// What <c>resume</c> and <c>runs list</c> say about a resumed run: steps kept from before the resume are not counted as
/// computed, and its duration is the time it spent running, not the time since it first started.
/// </summary>
public sealed class ResumeSummaryTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public ResumeSummaryTests()
    {
        Gated.ResetCounts();
        Gated.Closed = true;
    }

    public void Dispose()
    {
        Gated.Closed = false;
        _store.Dispose();
    }

    [Fact]
    public async Task Resume_CountsKeptStepsApart_FromComputedAndCachedOnes()
    {
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Gated", "--store", _store.Path));
        Gated.Closed = false;

        var resumed = await Shell.RunAsync("resume", runId, "--store", _store.Path);

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains(resumed.OutputLines, l => Regex.IsMatch(l,
            $@"^Run {runId} of Gated: succeeded in .+ \(2 computed, 0 cached, 1 completed before the resume, 3 steps\)\.$"));
    }

    [Fact]
    public async Task RunsList_ShowsAResumedRunsRunningTime_NotTheTimeSinceItFirstStarted()
    {
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Gated", "--store", _store.Path));
        // As if it had failed yesterday after running for three seconds.
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        Rewrite(runId, start, start.AddSeconds(3));
        Gated.Closed = false;
        Assert.Equal(0, (await Shell.RunAsync("resume", runId, "--store", _store.Path)).ExitCode);

        var list = await Shell.RunAsync("runs", "list", "--store", _store.Path);

        var row = list.OutputLines.Single(l => l.Contains(runId, StringComparison.Ordinal));
        Assert.Matches(@"  [34]\.\d\d s\s*$", row);
    }

    private void Rewrite(string runId, DateTimeOffset startedAt, DateTimeOffset finishedAt)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_store.Path, "weft.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE runs SET started_at = $start, finished_at = $end WHERE id = $id";
        command.Parameters.AddWithValue("$start", startedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$end", finishedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$id", runId);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
