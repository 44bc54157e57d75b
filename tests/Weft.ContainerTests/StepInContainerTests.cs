using System.Text.Json;
using Weft.ContainerTests.Infrastructure;

namespace Weft.ContainerTests;

/// <summary>
/// The step contract in a container: the orchestrator's side (this test) prepares the tasks in a store, the sample's image
/// runs `step` with that store mounted and no network, and the outputs land in the store, written by the non-root user.
/// </summary>
[Collection(SampleImageCollection.Name)]
public sealed class StepInContainerTests(SampleImageFixture fixture)
{
    private const string RunId = "20261128-120000-c0ffee";
    private const int AppUid = 1654;

    [ContainerFact]
    public async Task Steps_RunInsideTheImage_OnTheMountedStore_AsTheNonRootUser()
    {
        var image = fixture.Image;
        var store = fixture.NewFolder("store");
        var fingerprints = await FingerprintsAsync(image);

        var simulate = new StepTaskFiles(store, RunId, "Simulate");
        simulate.Reset();
        await simulate.WriteTaskAsync(Task("Simulate", fingerprints) with { Parameters = [new StepTaskParameter("houses", "houses", "400")] });
        FileOwner.OpenFolders(store);

        var simulated = await RunStepAsync(image, store, "Simulate", simulate);
        Assert.Equal(image.BuiltAs, simulated.Image);
        var houses = Assert.Single(simulated.Outputs);
        Assert.Equal("value", houses.Name);
        var housesFile = Path.Combine(store, houses.Path);
        Assert.Equal(houses.Size, new FileInfo(housesFile).Length);
        Assert.Equal(AppUid, await FileOwner.UidAsync(housesFile));
        Assert.Equal(AppUid, await FileOwner.UidAsync(simulate.ResultPath));

        // The next step reads the first one's output from the store: inputs cross containers as object files.
        var split = new StepTaskFiles(store, RunId, "Split");
        split.Reset();
        await split.WriteTaskAsync(Task("Split", fingerprints) with
        {
            Parameters = [new StepTaskParameter("testFraction", "testFraction", null)],
            Inputs = [new StepTaskInput("houses", houses.ArtifactId, houses.Size, houses.Path)],
        });
        FileOwner.OpenFolders(store);

        var splitted = await RunStepAsync(image, store, "Split", split);
        Assert.Equal(["Train", "Test"], splitted.Outputs.Select(o => o.Name));
        Assert.All(splitted.Outputs, o => Assert.True(File.Exists(Path.Combine(store, o.Path)), $"{o.Path} is missing from the store."));
        Assert.True(splitted.Outputs[0].Size > splitted.Outputs[1].Size, "The held-out fifth should be the smaller output.");
    }

    [ContainerFact]
    public async Task Step_WithoutATask_ExitsWithNotFound_AndWritesNothing()
    {
        var image = fixture.Image;
        var store = fixture.NewFolder("empty-store");
        FileOwner.OpenFolders(store);

        var result = await Podman.RunAsync("run", "--rm", "--network=none", "-v", $"{store}:/store", image.Reference,
            "step", "Training", "Simulate", "--run", RunId, "--store", "/store");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("task", result.StandardError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories));
    }

    private static StepTask Task(string step, IReadOnlyDictionary<string, string> fingerprints) => new()
    {
        Pipeline = "Training",
        Step = step,
        RunId = RunId,
        Attempt = 1,
        Seed = 7,
        LogicalTime = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero),
        CodeFingerprint = fingerprints[step],
    };

    private static async Task<StepResult> RunStepAsync(SampleImage image, string store, string step, StepTaskFiles files)
    {
        var run = await Podman.RunAsync("run", "--rm", "--network=none", "-v", $"{store}:/store", image.Reference,
            "step", "Training", step, "--run", RunId, "--store", "/store");
        Assert.True(run.Succeeded, run.Describe());
        var result = files.TryReadResult();
        Assert.NotNull(result);
        Assert.Equal(StepResultStatus.Succeeded, result.Status);
        Assert.Equal(1, result.Attempt);
        return result;
    }

    /// <summary>The code fingerprints of the program inside the image, as its own `graph --format json` gives them.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> FingerprintsAsync(SampleImage image)
    {
        var json = await Podman.OutputAsync("run", "--rm", "--network=none", image.Reference, "graph", "Training", "--format", "json");
        using var graph = JsonDocument.Parse(json);
        return graph.RootElement.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("name").GetString()!, n => n.GetProperty("codeFingerprint").GetString()!);
    }
}
