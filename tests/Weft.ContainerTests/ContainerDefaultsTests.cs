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

    [Theory]
    [InlineData("", "", "WEFT_IMAGE=houseprices:1")]
    [InlineData("-p:ContainerRegistry=registry.example:5000", "", "WEFT_IMAGE=registry.example:5000/houseprices:1")]
    [InlineData("", "<ContainerEnvironmentVariables Include=\"WEFT_IMAGE\" Value=\"pinned@sha256:abc\" />", "WEFT_IMAGE=pinned@sha256:abc")]
    public async Task ImageReference_IsTheFirstTagOfTheImage_UnlessTheProjectNamesItItself(string global, string items, string expected)
    {
        // The SDK's image-writing target is a stub here: what reaches it is what goes into the image. The SDK turns a
        // project's ContainerEnvironmentVariable items into the ContainerEnvironmentVariables it hands that target.
        var folder = Path.Combine(Path.GetTempPath(), "weft-container-tests", "targets-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var project = Path.Combine(folder, "image.proj");
        var targets = Path.Combine(RepositoryPaths.Root, "build", "package", "Weft.targets");
        await File.WriteAllTextAsync(project, $"""
            <Project>
              <PropertyGroup><WeftEntrypoint>true</WeftEntrypoint><ContainerRepository>houseprices</ContainerRepository></PropertyGroup>
              <Import Project="{targets}" />
              <ItemGroup><ContainerImageTags Include="1;latest" />{items}</ItemGroup>
              <Target Name="_PublishSingleContainer">
                <Message Importance="high" Text="image env: @(ContainerEnvironmentVariables->'%(Identity)=%(Value)')" />
              </Target>
            </Project>
            """);
        try
        {
            string[] arguments = ["msbuild", project, "-nologo", "-v:m", "-t:_PublishSingleContainer", .. global.Length == 0 ? Array.Empty<string>() : [global]];
            var output = (await ProcessRunner.RunAsync("dotnet", arguments, TimeSpan.FromMinutes(2))).EnsureSuccess("The container targets");

            Assert.Contains("image env: " + expected + Environment.NewLine, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
