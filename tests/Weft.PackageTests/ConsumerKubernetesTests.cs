using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// A fresh console project that adds only the Weft.Kubernetes package and sets <c>WeftEntrypoint</c>: it builds without
/// warnings, and its generated Main serves <c>k8s render</c> next to the built-in commands.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerKubernetesTests(PackageFeed feed)
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task WeftKubernetesPackageAlone_BringsWeft_AndTheK8sCommands()
    {
        var project = ConsumerProject.Create(feed, "Kubernetes");
        var add = await project.DotnetAsync(s_commandTimeout, "add", "package", "Weft.Kubernetes", "--version", feed.Version);
        Assert.True(add.Succeeded, add.Describe());
        File.WriteAllText(project.ProjectFile, File.ReadAllText(project.ProjectFile)
            .Replace("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <WeftEntrypoint>true</WeftEntrypoint>", StringComparison.Ordinal));

        var build = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off");
        Assert.True(build.Succeeded, build.Describe());
        Assert.Empty(BuildOutput.Diagnostics(build).Select(d => d.ToString()));

        var render = await project.DotnetAsync(s_commandTimeout, "run", "--no-build", "--", "k8s", "render", "Nightly", "--driver", "--image", "registry.example/nightly@sha256:00");
        Assert.True(render.Succeeded, render.Describe());
        var output = render.StandardOutput.ReplaceLineEndings("\n");
        Assert.Contains("kind: CronJob\n", output, StringComparison.Ordinal);
        Assert.Contains("  schedule: \"0 3 * * *\"\n", output, StringComparison.Ordinal);

        var graph = await project.DotnetAsync(s_commandTimeout, "run", "--no-build", "--", "graph", "Nightly", "--format", "dot");
        Assert.True(graph.Succeeded, graph.Describe());
    }
}
