using System.Text.Json;
using Weft.ContainerTests.Infrastructure;

namespace Weft.ContainerTests;

/// <summary>The container defaults build/package/Weft.Containers.targets gives a WeftEntrypoint project, and that the usual properties override them.</summary>
public sealed class ContainerDefaultsTests
{
    private static readonly string[] s_properties =
        ["ContainerUser", "ContainerWorkingDirectory", "ContainerRepository", "InvariantGlobalization", "WeftContainerBaseHasIcu"];

    [Fact]
    public async Task EntrypointProject_OnABaseWithoutIcu_GetsNonRootUser_App_LowerCaseRepository_AndInvariantGlobalization()
    {
        var properties = await EvaluateAsync(RepositoryPaths.HousePricesProject, "-p:ContainerBaseImage=localhost:5000/weft-base:1");

        Assert.Equal("1654", properties["ContainerUser"]);
        Assert.Equal("/app/", properties["ContainerWorkingDirectory"]);
        Assert.Equal("houseprices", properties["ContainerRepository"]);
        Assert.Equal("false", properties["WeftContainerBaseHasIcu"]);
        Assert.Equal("true", properties["InvariantGlobalization"]);
    }

    [Fact]
    public async Task UsualContainerProperties_OverrideTheDefaults_AndABaseWithIcuKeepsGlobalization()
    {
        var properties = await EvaluateAsync(RepositoryPaths.HousePricesProject,
            "-p:ContainerBaseImage=mcr.microsoft.com/dotnet/runtime-deps:10.0", "-p:ContainerUser=app", "-p:ContainerRepository=team/prices",
            "-p:ContainerWorkingDirectory=/srv/");

        Assert.Equal("app", properties["ContainerUser"]);
        Assert.Equal("/srv/", properties["ContainerWorkingDirectory"]);
        Assert.Equal("team/prices", properties["ContainerRepository"]);
        Assert.Equal("", properties["WeftContainerBaseHasIcu"]);
        Assert.Equal("", properties["InvariantGlobalization"]);
    }

    [Fact]
    public async Task ProjectWithoutWeftEntrypoint_GetsNoContainerDefaults()
    {
        var quickstart = Path.Combine(RepositoryPaths.Root, "samples", "Quickstart", "Quickstart.csproj");

        var properties = await EvaluateAsync(quickstart, "-p:ContainerBaseImage=localhost:5000/weft-base:1");

        Assert.Equal("", properties["ContainerUser"]);
        Assert.Equal("", properties["InvariantGlobalization"]);
    }

    private static async Task<IReadOnlyDictionary<string, string>> EvaluateAsync(string project, params string[] globals)
    {
        var result = await ProcessRunner.RunAsync("dotnet",
            ["msbuild", project, "-nologo", "-p:Configuration=" + RepositoryPaths.Configuration, .. globals, .. s_properties.Select(p => "-getProperty:" + p)],
            TimeSpan.FromMinutes(2));
        using var json = JsonDocument.Parse(result.EnsureSuccess("Evaluating " + Path.GetFileName(project)));
        return json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }
}
