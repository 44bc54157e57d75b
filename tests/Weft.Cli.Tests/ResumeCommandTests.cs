using System.Text.RegularExpressions;
using Weft.Cli.Tests.Infrastructure;
using Weft.Cli.Tests.Pipelines;

namespace Weft.Cli.Tests;

/// <summary><c>resume</c>: a failed run continues without recomputing its completed steps; what cannot be resumed says why.</summary>
public sealed class ResumeCommandTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public ResumeCommandTests()
    {
        Gated.ResetCounts();
        Gated.Closed = false;
    }

    public void Dispose()
    {
        Gated.Closed = false;
        _store.Dispose();
    }

    [Fact]
    public async Task FailedRun_Resumes_WithoutRecomputingCompletedSteps()
    {
        Gated.Closed = true;
        var failed = await Shell.RunAsync("run", "Gated", "--store", _store.Path);
        Assert.Equal(ExitCodes.RunFailed, failed.ExitCode);
        Assert.Equal((1, 1), (Gated.BeforeRuns, Gated.GateRuns));
        var runId = StoreCommandTests.RunIdOf(failed);

        Gated.Closed = false;
        var resumed = await Shell.RunAsync("resume", runId, "--store", _store.Path);

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal($"Resuming {runId} of Gated", resumed.OutputLines[0]);
        Assert.Equal((1, 2), (Gated.BeforeRuns, Gated.GateRuns));
        Assert.DoesNotContain(resumed.OutputLines, l => Regex.IsMatch(l, @"^  Before +running"));
        Assert.Contains(resumed.OutputLines, l => Regex.IsMatch(l, @"^  Gate +succeeded"));
        Assert.Contains(resumed.OutputLines, l => l.StartsWith($"Run {runId} of Gated: succeeded", StringComparison.Ordinal));

        var shown = await Shell.RunAsync("runs", "show", runId, "--store", _store.Path);
        Assert.Contains("  Status        succeeded", shown.OutputLines);
        Assert.Contains(shown.OutputLines, l => l.StartsWith("  Resumed       1 time, latest at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StillFailing_ExitsRunFailed_AgainNamingTheStep()
    {
        Gated.Closed = true;
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Gated", "--store", _store.Path));

        var resumed = await Shell.RunAsync("resume", runId, "--store", _store.Path);

        Assert.Equal(ExitCodes.RunFailed, resumed.ExitCode);
        Assert.StartsWith($"Run {runId} of Gated failed: Step 'Gate' failed: System.InvalidOperationException: the gate is closed (log: ", resumed.SingleError(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SucceededRun_IsAUsageError()
    {
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Gated", "--store", _store.Path));

        var error = await Shell.FailsAsync(ExitCodes.UsageError, "resume", runId, "--store", _store.Path);

        Assert.Equal(
            $"Run {runId} of Gated already succeeded: there is nothing to resume. To compute it again, start a new run: " +
            $"'run Gated --no-cache' with the same parameters ('runs show {runId}' lists them).",
            error);
    }

    [Fact]
    public async Task UnknownRun_IsNotFound()
    {
        await Shell.RunAsync("run", "Gated", "--store", _store.Path);

        var error = await Shell.FailsAsync(ExitCodes.NotFound, "resume", "19990101-000000-000000", "--store", _store.Path);

        Assert.Equal($"No run '19990101-000000-000000' in the store at {_store.Path}. List runs with 'runs list'.", error);
    }

    [Fact]
    public async Task WithoutAStore_IsNotFound()
    {
        var missing = Path.Combine(_store.Path, "none");

        var error = await Shell.FailsAsync(ExitCodes.NotFound, "resume", "20261128", "--store", missing);

        Assert.Equal($"No run '20261128': there is no store at {missing} (run a pipeline first, or pass --store).", error);
    }
}
