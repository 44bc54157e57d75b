using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// A new user's first hour: a fresh console project, <c>dotnet add package Weft</c>, a pipeline in the style of the
/// design's first example, a warning-free build, and a run that prints the right outputs.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerRunTests(PackageFeed feed)
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task FreshConsoleProject_AddsPackage_BuildsWithoutWarnings_AndRunsThePipeline()
    {
        var project = ConsumerProject.Create(feed, "Training");

        var add = await project.DotnetAsync(s_commandTimeout, "add", "package", "Weft", "--version", feed.Version);
        Assert.True(add.Succeeded, add.Describe());
        Assert.Contains($"Include=\"Weft\" Version=\"{feed.Version}\"", File.ReadAllText(project.ProjectFile), StringComparison.Ordinal);

        var build = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off");
        Assert.True(build.Succeeded, build.Describe());
        var diagnostics = BuildOutput.Diagnostics(build);
        Assert.True(diagnostics.Count == 0, $"Expected a clean build, got:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}{Environment.NewLine}{build.Describe()}");
        Assert.Contains("0 Warning(s)", build.StandardOutput, StringComparison.Ordinal);

        var run = await project.DotnetAsync(s_commandTimeout, "run", "--no-build");
        Assert.True(run.Succeeded, run.Describe());
        string[] expected =
        [
            "status: Succeeded",
            "nodes: Load,Split,Fit,Evaluate,Summarize",
            "parameters: houses,trees=200,testFraction=0.25",
            "steps: Load=Succeeded/1,Split=Succeeded/1,Fit=Succeeded/1,Evaluate=Succeeded/1,Summarize=Succeeded/1",
            "split: train=6 test=2 first-test-area=7",
            "model: slope=3.000 intercept=50.000 trees=300",
            "metrics: mae=1.5 rows=2",
            "logged: mae=1.5",
            "report: house prices: MAE 1.50 on 2 rows, 300 trees",
        ];
        var printed = run.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(expected.SequenceEqual(printed),
            $"Expected:{Environment.NewLine}{string.Join(Environment.NewLine, expected)}{Environment.NewLine}{run.Describe()}");
    }
}
