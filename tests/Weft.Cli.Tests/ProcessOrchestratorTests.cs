using System.Diagnostics;
using System.Globalization;
using Weft.Cli.Tests.Infrastructure;
using Weft.Storage;

namespace Weft.Cli.Tests;

/// <summary>
/// <c>run … --orchestrator process</c> in the test app: every step that is not cached runs as <c>step …</c> in a child
/// process of the program, with the same records as in process, and every way a child can fail named in the run's error.
/// </summary>
public sealed class ProcessOrchestratorTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private string StorePath(string name) => Path.Combine(_work.Path, name);

    [Fact]
    public async Task ProcessRun_RecordsTheSameArtifactsAsInProcess_AndARerunIsCachedWithoutChildren()
    {
        var inProcess = await TestApp.RunAsync(_work.Path, "run", "Numbers", "--param", "count=9000", "--store", StorePath("inprocess"));
        var launched = await TestApp.RunAsync(_work.Path, "run", "Numbers", "--param", "count=9000", "--orchestrator", "process", "--store", StorePath("process"));
        var rerun = await TestApp.RunAsync(_work.Path, "run", "Numbers", "--param", "count=9000", "--orchestrator", "process", "--store", StorePath("process"));

        Assert.True(inProcess.ExitCode == 0, inProcess.ToString());
        Assert.True(launched.ExitCode == 0, launched.ToString());
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var expected = Outputs(StorePath("inprocess"), out _);
        var actual = Outputs(StorePath("process"), out var runs);
        Assert.Equal(5, expected[0].Count);
        Assert.Equal(expected[0], actual[0]);
        Assert.Equal(expected[0], actual[1]);
        Assert.Contains("(0 computed, 4 cached, 4 steps)", rerun.Output, StringComparison.Ordinal);
        Assert.Equal(["inprocess", "process", "process"], [.. Runs(StorePath("inprocess")).Concat(runs).Select(r => r.Run.Orchestrator!)]);

        // The step processes wrote their tasks' results; the orchestrator recorded everything else.
        var run = runs[0];
        Assert.All(run.Steps, s => Assert.True(File.Exists(Path.Combine(StorePath("process"), "tasks", run.Run.RunId, s.Node, "result.json"))));
        Assert.Equal([new KeyValuePair<string, double>("count", 9000)], run.Steps.Single(s => s.Node == "Sum").Metrics);
    }

    [Theory]
    [InlineData("throw", "Step 'Misbehave' failed: System.InvalidOperationException: deliberate throw", null)]
    [InlineData("crash", "Step 'Misbehave' exited with code 134 (crashed: SIGABRT) without a result; see ", "deliberate crash")]
    [InlineData("exit", "Step 'Misbehave' exited with code 3 without a result; see ", null)]
    public async Task AChildThatThrowsCrashesOrExits_FailsTheRun_NamingTheStepAndTheCause_WithItsConsoleInTheLog(string mode, string error, string? inLog)
    {
        if (mode == "crash" && !OperatingSystem.IsLinux())
        {
            // Exit code 134 is how Linux reports SIGABRT; other systems report a crash differently.
            return;
        }

        var result = await TestApp.RunAsync(_work.Path, "run", "Faulty", "--param", "mode=" + mode, "--orchestrator", "process", "--store", StorePath("store"));

        Assert.Equal(ExitCodes.RunFailed, result.ExitCode);
        var line = result.SingleError();
        Assert.Contains(error, line, StringComparison.Ordinal);
        var step = Runs(StorePath("store")).Single().Steps.Single();
        Assert.Equal(StepStatus.Failed, step.Status);
        var log = await File.ReadAllTextAsync(Path.Combine(StorePath("store"), step.LogPath!));
        Assert.Contains("misbehaving: " + mode, log, StringComparison.Ordinal);
        if (inLog is not null)
        {
            Assert.Contains(inLog, log, StringComparison.Ordinal);
            Assert.Contains($"see {Path.Combine(StorePath("store"), step.LogPath!)}. Fix the cause", line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("inprocess")]
    [InlineData("process")]
    public async Task AStepPastItsTimeLimit_FailsTheRun_EvenWhenItBlocksItsThread(string orchestrator)
    {
        var clock = Stopwatch.StartNew();
        var result = await TestApp.RunAsync(_work.Path, "run", "Stuck", "--orchestrator", orchestrator, "--store", StorePath("store"));

        Assert.Equal(ExitCodes.RunFailed, result.ExitCode);
        Assert.Contains("Step 'Block' timed out: it did not finish within its time limit of 1 s ([Step(TimeoutSeconds = 1)])", result.SingleError(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the run took {clock.Elapsed}");
    }

    [Fact]
    public async Task CtrlC_KillsTheStepProcess_AndCancelsTheRun()
    {
        // SIGINT is what Ctrl+C sends; the step processes are found through /proc.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var result = await TestApp.RunAsync(_work.Path, async (process, output) =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!StepProcessRunning() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }, "run", "Sleepy", "--orchestrator", "process", "--store", StorePath("store"));

        Assert.True(result.ExitCode == ExitCodes.Cancelled, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("  Sleep  cancelled", StringComparison.Ordinal));
        Assert.False(StepProcessRunning(), "the step process outlived its run");
    }

    /// <summary>Whether a step process of this test's store is alive (its command line names the store).</summary>
    private bool StepProcessRunning()
        => Directory.EnumerateDirectories("/proc").Any(dir =>
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline"));
                return commandLine.Contains("\0step\0", StringComparison.Ordinal) && commandLine.Contains(StorePath("store"), StringComparison.Ordinal);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        });

    private static List<RunDetails> Runs(string store)
    {
        using var weft = WeftStore.OpenExisting(store);
        return [.. weft.ListRuns().OrderBy(r => r.StartedAt).Select(r => weft.GetRun(r.RunId)!)];
    }

    /// <summary>Per run (oldest first): every node's outputs as "node.output=id".</summary>
    private static List<List<string>> Outputs(string store, out List<RunDetails> runs)
    {
        runs = Runs(store);
        return [.. runs.Select(r => r.Steps.SelectMany(s => s.Outputs.Select(o => $"{s.Node}.{o.Name}={o.ArtifactId}")).Order(StringComparer.Ordinal).ToList())];
    }
}
