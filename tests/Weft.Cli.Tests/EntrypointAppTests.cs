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
        Assert.Contains("  Repeat.value   string  \"hello Weft / hello Weft\"", result.OutputLines);
        Assert.Contains("  Repeat  length  20", result.OutputLines);
    }

    [Fact]
    public async Task FailingRun_ExitsOne_WithOneErrorLine()
    {
        var result = await TestApp.RunAsync(_work.Path, "run", "Failing", "--store", Path.Combine(_work.Path, "store"));

        Assert.Equal(ExitCodes.RunFailed, result.ExitCode);
        Assert.Matches(@"^Run \S+ of Failing failed: Step 'Fail' failed: System\.InvalidOperationException: deliberate failure$", result.SingleError());
    }

    [Fact]
    public async Task UnknownPipeline_ExitsTwo_ListingTheProgramsPipelines()
    {
        var result = await TestApp.RunAsync(_work.Path, "run", "Nope");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("Unknown pipeline 'Nope'. Known pipelines: Failing, Greeting.", result.SingleError());
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
    public async Task Help_NamesTheProgram()
    {
        var result = await TestApp.RunAsync(_work.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Weft.Cli.TestApp [command] [options]", result.Output, StringComparison.Ordinal);
    }
}
