using System.Text.Json;
using Weft.ContainerTests.Infrastructure;
using Xunit.Abstractions;

namespace Weft.ContainerTests;

/// <summary>The image `dotnet publish -t:PublishContainer` makes of a WeftEntrypoint project, with the Weft package's defaults.</summary>
[Collection(SampleImageCollection.Name)]
public sealed class SampleImageTests(SampleImageFixture fixture, ITestOutputHelper output)
{
    [ContainerFact]
    public void Image_HasTheAppAsEntrypoint_RunsAsNonRootApp_InApp_AndNamesItself()
    {
        var image = fixture.Image;
        foreach (var timing in fixture.Timings)
        {
            output.WriteLine(timing);
        }

        output.WriteLine($"{image.Reference}: {image.Size / 1e6:F1} MB");

        Assert.Equal(["/app/HousePrices"], image.Config.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("1654", image.Config.GetProperty("User").GetString());
        Assert.Equal("/app/", image.Config.GetProperty("WorkingDir").GetString());
        var environment = image.Config.GetProperty("Env").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains($"WEFT_IMAGE={image.BuiltAs}", environment);
        // The host-library base has no ICU: without invariant globalization the runtime would stop at start-up.
        Assert.Contains("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1", environment);
    }

    [ContainerFact]
    public async Task Image_ServesTheWeftCommandLine_WithoutNetwork()
    {
        var image = fixture.Image;

        var result = await Podman.RunAsync("run", "--rm", "--network=none", image.Reference, "graph", "Training", "--format", "json");

        Assert.True(result.Succeeded, result.Describe());
        using var graph = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("Training", graph.RootElement.GetProperty("name").GetString());
        Assert.Equal(
            ["Simulate", "Split", "Fit", "Evaluate", "Predict"],
            graph.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
    }
}
