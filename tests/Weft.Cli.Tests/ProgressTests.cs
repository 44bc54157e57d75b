using Spectre.Console;
using Weft.Cli.Progress;
using Weft.Cli.Tests.Infrastructure;
using Weft.Cli.Tests.Pipelines;

namespace Weft.Cli.Tests;

/// <summary>The two progress displays: plain lines for pipes and logs, a live table for terminals.</summary>
public sealed class ProgressTests
{
    [Fact]
    public async Task Plain_WritesOneLinePerEvent_AlignedByStepName_AndSkipsWaiting()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var plain = new PlainProgress(output);

        await plain.TrackAsync(Arithmetic.Definition, progress =>
        {
            progress.Report(new StepRun { Name = "Seed", Status = StepStatus.Waiting });
            progress.Report(new StepRun { Name = "Seed", Status = StepStatus.Running, Attempts = 1 });
            progress.Report(new StepRun { Name = "Seed", Status = StepStatus.Running, Attempts = 2, Error = "Step 'Seed' failed: System.IO.IOException: flaky" });
            progress.Report(new StepRun { Name = "Seed", Status = StepStatus.Succeeded, Attempts = 2, Duration = TimeSpan.FromMilliseconds(1500) });
            progress.Report(new StepRun { Name = "Halve", Status = StepStatus.Succeeded, Cached = true });
            progress.Report(new StepRun { Name = "Report", Status = StepStatus.Failed, Duration = TimeSpan.FromMilliseconds(3), Error = "Step 'Report' failed:\nbad" });
            progress.Report(new StepRun { Name = "Scale", Status = StepStatus.Skipped, Error = "Step 'Scale' was skipped." });
            return Task.FromResult<PipelineRun>(null!);
        });

        Assert.Equal(
            """
              Seed    running
              Seed    running (attempt 2)  after System.IO.IOException: flaky
              Seed    succeeded  1.50 s
              Halve   cached
              Report  failed  3 ms  bad
              Scale   skipped  was skipped.

            """.ReplaceLineEndings("\n"),
            output.ToString());
    }

    [Theory]
    [InlineData("Step 'Fit' timed out: it did not finish within its time limit of 30 s ([Step(TimeoutSeconds = 30)]).",
        "after it timed out: it did not finish within its time limit of 30 s ([Step(TimeoutSeconds = 30)]).")]
    [InlineData("Step 'Fit' exited with code 137 (killed: SIGKILL) without a result; see Fit.log",
        "after it exited with code 137 (killed: SIGKILL) without a result; see Fit.log")]
    [InlineData("Step 'Fit' failed: System.IO.IOException: flaky", "after System.IO.IOException: flaky")]
    public void ARetry_SaysWhyTheAttemptBeforeEnded_AsASentence(string error, string detail)
        => Assert.Equal(detail, StepEventText.Detail(new StepRun { Name = "Fit", Status = StepStatus.Running, Attempts = 2, Error = error }));

    [Fact]
    public async Task Plain_LinesNeverInterleave_WhenStepsReportFromManyThreads()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var plain = new PlainProgress(output);

        await plain.TrackAsync(Arithmetic.Definition, async progress =>
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
            {
                for (var i = 0; i < 200; i++)
                {
                    progress.Report(new StepRun { Name = "Scale", Status = StepStatus.Running, Attempts = 1 });
                }
            })));
            return null!;
        });

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1600, lines.Length);
        Assert.All(lines, l => Assert.Equal("  Scale   running", l));
    }

    [Fact]
    public async Task Live_DrawsTheTableAndFinalCounts_ForARealRun()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var store = new TempDirectory();
        var live = LiveProgress.ForWriter(output);

        var run = await live.TrackAsync(Arithmetic.Definition,
            progress => PipelineRunner.RunAsync(Arithmetic.Definition, new Dictionary<string, object?>(), new RunOptions { Progress = progress, StorePath = store.Path }));

        Assert.Equal(RunStatus.Succeeded, run.Status);
        var text = output.ToString();
        foreach (var step in new[] { "Seed", "Scale", "Halve", "Report" })
        {
            Assert.Contains(step, text, StringComparison.Ordinal);
        }

        Assert.Contains("succeeded", text, StringComparison.Ordinal);
        Assert.Contains("4/4 done, 0 cached, 0 running, 0 failed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_ForALargePipeline_ShowsOnlyRunningAndFailedSteps()
    {
        var nodes = Enumerable.Range(0, LiveProgress.AllRowsLimit + 10)
            .Select(i => new StepNode($"step{i:00}", "step", "Demo.Steps.Step", [], [], (_, _) => ValueTask.FromResult(Array.Empty<object?>()), "0"))
            .ToList();
        var definition = new PipelineDefinition("Large", "Demo.Large", [], nodes);
        var live = new LiveProgress(PlainConsole(new StringWriter()));

        await live.TrackAsync(definition, progress =>
        {
            progress.Report(new StepRun { Name = "step01", Status = StepStatus.Succeeded, Duration = TimeSpan.FromMilliseconds(5) });
            progress.Report(new StepRun { Name = "step02", Status = StepStatus.Succeeded, Cached = true });
            progress.Report(new StepRun { Name = "step03", Status = StepStatus.Running, Attempts = 1 });
            progress.Report(new StepRun { Name = "step04", Status = StepStatus.Failed, Duration = TimeSpan.FromMilliseconds(5) });
            return Task.FromResult<PipelineRun>(null!);
        });

        using var rendered = new StringWriter();
        PlainConsole(rendered).Write(live.Render());
        var text = rendered.ToString();
        Assert.Contains("step03", text, StringComparison.Ordinal);
        Assert.Contains("step04", text, StringComparison.Ordinal);
        Assert.DoesNotContain("step01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("step05", text, StringComparison.Ordinal);
        Assert.Contains("2/40 done, 1 cached, 1 running, 1 failed", text, StringComparison.Ordinal);
    }

    private static IAnsiConsole PlainConsole(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });
}
