using System.Diagnostics;
using System.Globalization;
using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary>
/// A real program with <c>&lt;WeftEntrypoint&gt;true&lt;/WeftEntrypoint&gt;</c> and no Main of its own: the generated entry
/// point serves the command line, with exit codes and plain progress on redirected output.
/// </summary>
public sealed class EntrypointAppTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Run_Succeeds_WithPlainProgressAndSummary()
    {
        var result = await TestApp.RunAsync(_work.Path, "run", "Greeting", "--param", "name=Weft", "--store", Path.Combine(_work.Path, "store"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Error);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.Equal("Running Greeting (2 steps)", result.OutputLines[0]);
        Assert.Matches(@"^  Compose  running$", result.OutputLines[1]);
        Assert.Contains(result.OutputLines, l => l.StartsWith("  Repeat.value   string  sha256:", StringComparison.Ordinal) && l.EndsWith("  \"hello Weft / hello Weft\"", StringComparison.Ordinal));
        Assert.Contains("  Repeat  length  20", result.OutputLines);
    }

    [Fact]
    public async Task FailingRun_ExitsOne_WithOneErrorLine()
    {
        var result = await TestApp.RunAsync(_work.Path, "run", "Failing", "--store", Path.Combine(_work.Path, "store"));

        Assert.Equal(ExitCodes.RunFailed, result.ExitCode);
        Assert.Matches(@"^Run (\S+) of Failing failed: Step 'Fail' failed: System\.InvalidOperationException: deliberate failure \(log: \S+/logs/\1/Fail\.log\)\. Fix the cause, then 'resume \1' runs only what did not complete\.$", result.SingleError());
    }

    [Fact]
    public async Task UnknownPipeline_ExitsTwo_ListingTheProgramsPipelines()
    {
        var result = await TestApp.RunAsync(_work.Path, "run", "Nope");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("Unknown pipeline 'Nope'. Known pipelines: Failing, Faulty, Greeting, ModelFiles, Numbers, Sleepy, Stubborn, Stuck.", result.SingleError());
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Graph_PrintsTheProgramsPipeline()
    {
        var result = await TestApp.RunAsync(_work.Path, "graph", "Greeting", "--format", "dot");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("digraph \"Greeting\" {\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  n0 -> n1 [label=\"text\"];\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CtrlC_CancelsTheRun_ExitCode130_WithOneErrorLine()
    {
        // SIGINT is what Ctrl+C sends; there is no portable way to send it to another process from .NET.
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var result = await TestApp.RunAsync(_work.Path, async (process, output) =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!output().Contains("  Sleep  running", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }, "run", "Sleepy", "--store", Path.Combine(_work.Path, "store"));

        Assert.True(result.ExitCode == ExitCodes.Cancelled, result.ToString());
        Assert.Matches(@"^Run (\S+) of Sleepy was cancelled; continue it with 'resume \1'\.$", result.SingleError());
        Assert.Contains(result.OutputLines, l => l.StartsWith("  Sleep  cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_NamesTheProgram()
    {
        var result = await TestApp.RunAsync(_work.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Weft.Cli.TestApp [command] [options]", result.Output, StringComparison.Ordinal);
    }
}
