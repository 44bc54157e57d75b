using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// A fresh console project with the Weft package and <c>&lt;WeftEntrypoint&gt;true&lt;/WeftEntrypoint&gt;</c>, and no Main:
/// the package's props make the property visible to its generator, whose Main serves the command line the package carries.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerEntrypointTests(PackageFeed feed)
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task WeftEntrypoint_ServesTheCommandLine_FromThePackage()
    {
        var project = ConsumerProject.Create(feed, "Entrypoint");
        var add = await project.DotnetAsync(s_commandTimeout, "add", "package", "Weft", "--version", feed.Version);
        Assert.True(add.Succeeded, add.Describe());
        File.WriteAllText(project.ProjectFile, File.ReadAllText(project.ProjectFile)
            .Replace("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <WeftEntrypoint>true</WeftEntrypoint>", StringComparison.Ordinal));

        var build = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off");
        Assert.True(build.Succeeded, build.Describe());
        Assert.Empty(BuildOutput.Diagnostics(build).Select(d => d.ToString()));

        var run = await project.DotnetAsync(s_commandTimeout, "run", "--no-build", "--", "run", "Greeting", "--param", "name=package", "--store", "store");
        Assert.True(run.Succeeded, run.Describe());
        var output = run.StandardOutput.ReplaceLineEndings("\n");
        Assert.StartsWith("Running Greeting (2 steps)\n  Compose  running\n", output, StringComparison.Ordinal);
        Assert.Matches("\n  Repeat\\.value   string  sha256:[0-9a-f]{12}  \"hello package / hello package\"\n", output);

        // The package's runtime records the run in the store the command line named, and a second run is fully cached.
        var again = await project.DotnetAsync(s_commandTimeout, "run", "--no-build", "--", "run", "Greeting", "--param", "name=package", "--store", "store");
        Assert.True(again.Succeeded, again.Describe());
        Assert.Contains("(0 computed, 2 cached, 2 steps)", again.StandardOutput, StringComparison.Ordinal);
        var runs = await project.DotnetAsync(s_commandTimeout, "run", "--no-build", "--", "runs", "--store", "store");
        Assert.True(runs.Succeeded, runs.Describe());
        Assert.Equal(2, runs.StandardOutput.ReplaceLineEndings("\n").Split('\n').Count(l => l.Contains(" Greeting  succeeded ", StringComparison.Ordinal)));

        var bad = await project.DotnetAsync(s_commandTimeout, "run", "--no-build", "--", "run", "Greeting", "--param", "repeat=twice");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal(
            "error: Parameter 'repeat' (int) of pipeline 'Greeting': 'twice' is not a valid int: expected a 32-bit integer.",
            bad.StandardError.ReplaceLineEndings("\n").TrimEnd('\n'));
    }
}
