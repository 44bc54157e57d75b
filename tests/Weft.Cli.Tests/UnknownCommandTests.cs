using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary>A command this program does not have: named, with the closest one or the package that brings it.</summary>
public sealed class UnknownCommandTests
{
    private const string Commands = "Commands: run, runs, resume, artifacts, lineage, graph, step, image.";

    [Fact]
    public async Task K8s_WithoutTheKubernetesPackage_NamesThePackage()
        => Assert.Equal(
            "Unknown command 'k8s'. The Kubernetes commands come with the Weft.Kubernetes package: add it to this program ('dotnet add package Weft.Kubernetes'). "
                + Commands + " See 'testhost --help'.",
            await Shell.FailsAsync(ExitCodes.UsageError, "k8s", "render", "Arithmetic"));

    [Fact]
    public async Task AMisspeltCommand_GetsTheClosest()
        => Assert.Equal(
            "Unknown command 'lineag'. Did you mean 'lineage'? " + Commands + " See 'testhost --help'.",
            await Shell.FailsAsync(ExitCodes.UsageError, "lineag", "abc"));
}
