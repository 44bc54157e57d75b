using Weft.Cli.Tests.Infrastructure;
using Weft.Cli.Tests.Pipelines;

namespace Weft.Cli.Tests;

/// <summary>
/// Every bad input to <c>run</c>: one line on standard error that names the culprit, the usage exit code, nothing on
/// standard output, and no stack trace (<see cref="Shell"/> checks that for every call).
/// </summary>
public sealed class RunErrorTests
{
    private const string Known = "Known pipelines: " + TestPipelines.Names + ".";

    [Fact]
    public async Task UnknownPipeline_ListsTheKnownOnes()
        => Assert.Equal($"Unknown pipeline 'Nope'. {Known}", await Usage("run", "Nope"));

    [Fact]
    public async Task PipelineInTheWrongCase_SuggestsTheRightName()
        => Assert.Equal($"Unknown pipeline 'arithmetic'. {Known} Did you mean 'Arithmetic'?", await Usage("run", "arithmetic"));

    [Fact]
    public async Task NoPipeline_ListsTheKnownOnes()
        => Assert.Equal($"Name a pipeline. {Known}", await Usage("run"));

    [Fact]
    public async Task UnknownParameter_IsNamed_WithTheParametersAndTheirTypes()
        => Assert.Equal(
            "Pipeline 'Arithmetic' has no parameter 'strat'. Did you mean 'start'? Parameters: start (int, default 2), factor (int, default 3).",
            await Usage("run", "Arithmetic", "-p", "strat=5"));

    [Fact]
    public async Task ParameterOfAPipelineWithoutParameters_SaysSo()
        => Assert.Equal("Pipeline 'Broken' has no parameter 'x': it takes no parameters.", await Usage("run", "Broken", "-p", "x=1"));

    [Fact]
    public async Task MalformedInt_NamesTheParameterAndTheExpectedType()
        => Assert.Equal(
            "Parameter 'factor' (int) of pipeline 'Arithmetic': 'many' is not a valid int: expected a 32-bit integer.",
            await Usage("run", "Arithmetic", "--param", "factor=many"));

    [Fact]
    public async Task MalformedEnum_ListsTheMembers()
    {
        using var files = new TempDirectory();
        var error = await Usage("run", "WordCount", "-p", "input=" + files.File("a.txt", "a"), "-p", "mode=Chars");

        Assert.Equal(
            "Parameter 'mode' (Weft.Cli.Tests.Pipelines.CountMode) of pipeline 'WordCount': 'Chars' is not a valid Weft.Cli.Tests.Pipelines.CountMode: expected one of Lines, Words.",
            error);
    }

    [Fact]
    public async Task MalformedArrayItem_NamesTheParameter()
    {
        using var files = new TempDirectory();
        var error = await Usage("run", "WordCount", "-p", "input=" + files.File("a.txt", "a"), "-p", "weights=1,x");

        Assert.StartsWith("Parameter 'weights' (double[]?) of pipeline 'WordCount': 'x' is not a valid double", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParamWithoutEquals_ShowsTheExpectedForm()
        => Assert.Equal(
            "--param 'factor' is not name=value. Parameters of 'Arithmetic': start (int, default 2), factor (int, default 3).",
            await Usage("run", "Arithmetic", "-p", "factor"));

    [Fact]
    public async Task ParamGivenTwice_IsRefused()
        => Assert.Equal("--param factor is given more than once.", await Usage("run", "Arithmetic", "-p", "factor=1", "-p", "factor=2"));

    [Fact]
    public async Task MissingRequiredParameter_IsNamedWithItsType()
        => Assert.Equal("Pipeline 'WordCount' needs parameter 'input' (DataFile): pass --param input=<value>.", await Usage("run", "WordCount"));

    [Fact]
    public async Task MissingDataFile_IsNamedBeforeAnyStepRuns()
    {
        var relative = Path.Combine("no-such-folder", "houses.csv");
        var result = await Shell.RunAsync("run", "WordCount", "-p", "input=" + relative);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal($"Parameter 'input': file '{relative}' does not exist (looked for {Path.GetFullPath(relative)}).", result.SingleError());
        Assert.DoesNotContain("running", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataFileThatIsADirectory_IsRefused()
    {
        using var folder = new TempDirectory();
        Assert.Equal($"Parameter 'input': '{folder.Path}' is a directory, not a file.", await Usage("run", "WordCount", "-p", "input=" + folder.Path));
    }

    [Fact]
    public async Task BadSeed_IsAUsageError()
        => Assert.Equal("--seed 'soon' is not a whole number. See 'testhost run --help'.", await Usage("run", "Arithmetic", "--seed", "soon"));

    [Fact]
    public async Task UnknownOrchestrator_ListsTheKnownOnes()
        => Assert.StartsWith("Orchestrator 'mars' is not available. Known orchestrators: inprocess", await Usage("run", "Arithmetic", "--orchestrator", "mars"), StringComparison.Ordinal);

    [Fact]
    public async Task UnknownOption_IsAUsageError()
        => Assert.Contains("'--bogus'", await Usage("run", "Arithmetic", "--bogus"), StringComparison.Ordinal);

    [Fact]
    public async Task UnknownCommand_IsAUsageError()
        => Assert.Contains("'launch'", await Usage("launch", "Arithmetic"), StringComparison.Ordinal);

    [Fact]
    public async Task NoArguments_IsAUsageErrorPointingAtHelp()
        => Assert.Equal("Required command was not provided. See 'testhost --help'.", await Usage());

    [Fact]
    public async Task Help_ListsTheCommands_AndSucceeds()
    {
        var result = await Shell.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "run <pipeline>", "runs", "resume <run>", "artifacts", "lineage <id>", "graph <pipeline>" })
        {
            Assert.Contains("  " + command, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunHelp_ListsEachPipelineWithItsParameters()
    {
        var result = await Shell.RunAsync("run", "--help");

        Assert.Equal(0, result.ExitCode);
        // Help wraps long descriptions to the terminal's width; the words are what matter.
        var text = string.Join(' ', result.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("The pipeline to run: Arithmetic (parameters: start (int, default 2), factor (int, default 3)); Audited", text, StringComparison.Ordinal);
        Assert.Contains("WordCount (parameters: input (DataFile)", text, StringComparison.Ordinal);
    }

    private static async Task<string> Usage(params string[] args)
    {
        var result = await Shell.RunAsync(args);
        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.Empty(result.Output);
        return result.SingleError();
    }
}
