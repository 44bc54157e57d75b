using System.Text.RegularExpressions;
using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// A new user's pipeline and slips through the packed package's command line, in one project built once: nullable enum
/// and number parameters build cleanly, a failed run's one error line points at the step's log and says how to continue,
/// the resume counts what it kept, and mistyped names and a store path that is a file say what is wrong.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class ConsumerUserRunTests(PackageFeed feed)
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);

    [GeneratedRegex(@"^Run (?<id>\d{8}-\d{6}-[0-9a-f]{6}) of Churn: failed", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FailedRun();

    [Fact]
    public async Task ANewUsersPipeline_FailsResumesAndExplainsMistakes_ThroughThePackage()
    {
        var project = ConsumerProject.Create(feed, "UserRun");
        var add = await project.DotnetAsync(s_commandTimeout, "add", "package", "Weft", "--version", feed.Version);
        Assert.True(add.Succeeded, add.Describe());
        File.WriteAllText(project.ProjectFile, File.ReadAllText(project.ProjectFile)
            .Replace("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <WeftEntrypoint>true</WeftEntrypoint>", StringComparison.Ordinal));
        var build = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off", "-o", "app");
        Assert.True(build.Succeeded, build.Describe());
        Assert.Empty(BuildOutput.Diagnostics(build).Select(d => d.ToString()));

        var gate = Path.Combine(project.Directory, "gate.txt");
        File.WriteAllText(gate, "closed");
        string[] run = ["run", "Churn", "--param", "data=churn.csv", "--param", "gate=gate.txt", "--param", "metric=f1", "--param", "maxRows=", "--store", "store"];

        var failed = await App(project, run);
        Assert.True(failed.ExitCode == 1, failed.Describe());
        var runId = FailedRun().Match(failed.StandardOutput).Groups["id"].Value;
        var log = Path.Combine(project.Directory, "store", "logs", runId, "Publish.log");
        Assert.Equal(
            $"error: Run {runId} of Churn failed: Step 'Publish' failed: System.InvalidOperationException: the gate is closed (log: {log}). " +
            $"Fix the cause, then 'resume {runId}' runs only what did not complete.",
            failed.StandardError.TrimEnd());
        Assert.Contains("the gate is closed", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.Contains("\n  Evaluate  F1  ", failed.StandardOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        File.WriteAllText(gate, "open");
        var resumed = await App(project, "resume", runId, "--store", "store");
        Assert.True(resumed.Succeeded, resumed.Describe());
        Assert.Contains("(1 computed, 0 cached, 4 completed before the resume, 5 steps)", resumed.StandardOutput, StringComparison.Ordinal);

        await Fails(project, 2, "error: Pipeline 'Churn' has no parameter 'metrc'. Did you mean 'metric'? Parameters: ", [.. run, "--param", "metrc=f1"]);
        await Fails(project, 2,
            "error: Parameter 'metric' (UserRun.Metric?) of pipeline 'Churn': 'recall' is not a valid UserRun.Metric: expected one of Accuracy, F1.",
            "run", "Churn", "--param", "data=churn.csv", "--param", "gate=gate.txt", "--param", "metric=recall");
        await Fails(project, 4, $"error: The store at {gate} is a file, not a folder: ", "runs", "list", "--store", "gate.txt");
    }

    private static Task<ProcessResult> App(ConsumerProject project, params string[] arguments)
        => project.DotnetAsync(s_commandTimeout, [Path.Combine("app", project.Name + ".dll"), .. arguments]);

    private static async Task Fails(ConsumerProject project, int exitCode, string errorStart, params string[] arguments)
    {
        var result = await App(project, arguments);
        Assert.True(result.ExitCode == exitCode, result.Describe());
        Assert.StartsWith(errorStart, result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }
}
