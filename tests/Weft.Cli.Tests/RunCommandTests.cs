using System.Text.RegularExpressions;
using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary><c>run</c>: parameters, progress in redirected mode, the summary, and a failing run.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Run_PrintsPlainProgressTheSummaryOutputsAndMetrics()
    {
        var result = await Shell.RunAsync("run", "Arithmetic", "--store", _store.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Error);
        var lines = result.OutputLines;
        Assert.Equal("Running Arithmetic (4 steps)", lines[0]);
        Assert.Matches(@"^Run \d{8}-\d{6}-[0-9a-f]{6} of Arithmetic: succeeded in .+ \(4 computed, 0 cached, 4 steps\)\.$",
            lines.Single(l => l.StartsWith("Run ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => Regex.IsMatch(l, "^  Report\\.value  string  sha256:[0-9a-f]{12}  \"3\\+3\"$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, "^  Halve\\.Low     int     sha256:[0-9a-f]{12}  3$"));
        Assert.Contains("  Scale  product  6", lines);
    }

    [Fact]
    public async Task Run_RedirectedProgress_IsOneRunningAndOneFinalLinePerStep_WithoutAnsiCodes()
    {
        var result = await Shell.RunAsync("run", "Arithmetic", "--store", _store.Path);

        Assert.DoesNotContain('\u001b', result.Output);
        var progress = result.OutputLines.TakeWhile(l => !l.StartsWith("Run ", StringComparison.Ordinal)).ToList();
        foreach (var step in new[] { "Seed", "Scale", "Halve", "Report" })
        {
            var events = progress.Where(l => l.StartsWith("  " + step + " ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, events.Count);
            Assert.Matches(@"^  \w+ +running$", events[0]);
            Assert.Matches(@"^  \w+ +succeeded  \d+ ms$", events[1]);
        }
    }

    [Fact]
    public async Task Params_AreParsedThroughEachParameter()
    {
        var result = await Shell.RunAsync("run", "Arithmetic", "-p", "start=5", "--param", "factor=4", "--store", _store.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.StartsWith("  Report.value  string  sha256:", StringComparison.Ordinal) && l.EndsWith("  \"10+10\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DataFileEnumAndArrayParams_AreParsed()
    {
        using var files = new TempDirectory();
        var input = files.File("words.txt", "one two\nthree\n");

        var result = await Shell.RunAsync("run", "WordCount", "-p", "input=" + input, "-p", "mode=WORDS", "-p", "weights=1,2.5", "--store", _store.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("  Count.value", StringComparison.Ordinal) && l.EndsWith("  3", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("  Weigh.value", StringComparison.Ordinal) && l.EndsWith("  10.5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeedAndNoCache_AreAccepted()
    {
        var result = await Shell.RunAsync("run", "Arithmetic", "--seed", "-42", "--no-cache", "--orchestrator", "INPROCESS", "--store", _store.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task FailingStep_ExitsWithRunFailed_AndOneErrorLineNamingTheStepAndItsError()
    {
        var result = await Shell.RunAsync("run", "Broken", "--store", _store.Path);

        Assert.Equal(ExitCodes.RunFailed, result.ExitCode);
        var runId = StoreCommandTests.RunIdOf(result);
        var log = Path.Combine(_store.Path, "logs", runId, "Explode.log");
        Assert.Equal(
            $"Run {runId} of Broken failed: Step 'Explode' failed: System.InvalidOperationException: boom 1 second line of the message " +
            $"(log: {log}). Fix the cause, then 'resume {runId}' runs only what did not complete.",
            result.SingleError());
        Assert.Contains("System.InvalidOperationException: boom 1", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.Contains(result.OutputLines, l => Regex.IsMatch(l, @"^  Explode  failed  \d+ ms  System\.InvalidOperationException: boom 1 second line of the message$"));
        Assert.Contains("  After    skipped  because step 'Explode' failed.", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.Contains("of Broken: failed in", StringComparison.Ordinal));
    }
}
