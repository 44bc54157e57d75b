using System.Text.RegularExpressions;
using Weft.ContainerTests.Infrastructure;

namespace Weft.ContainerTests;

/// <summary>A run inside the sample's image records that image (pinned with the digest its launcher knew), and `runs show` names it.</summary>
[Collection(SampleImageCollection.Name)]
public sealed partial class RunImageTests(SampleImageFixture fixture)
{
    [ContainerFact]
    public async Task RunInsideTheImage_WithStepProcesses_RecordsTheImageAndDigest_ForTheRunAndItsSteps()
    {
        var image = fixture.Image;
        var store = fixture.NewFolder("run-store");
        FileOwner.OpenFolders(store);
        // What an orchestrator that launched the image by digest passes along.
        var digest = await Podman.OutputAsync("image", "inspect", "--format", "{{.Digest}}", image.Reference);

        var run = await Podman.RunAsync("run", "--rm", "--network=none", "-v", $"{store}:/store", "-e", $"WEFT_IMAGE_DIGEST={digest}", image.Reference,
            "run", "Training", "--store", "/store", "--param", "houses=300", "--param", "trees=5", "--orchestrator", "process");

        Assert.True(run.Succeeded, run.Describe());
        var runId = RunIdPattern().Match(run.StandardOutput).Groups["id"].Value;
        Assert.NotEmpty(runId);
        var show = await HousePricesApp.RunAsync("runs", "show", runId, "--store", store);
        Assert.True(show.Succeeded, show.Describe());
        var expected = $"{image.BuiltAs}@{digest}";
        Assert.Matches($@"(?m)^\s*Image\s+{Regex.Escape(expected)}\s*$", show.StandardOutput);
        // Every step process ran in the run's own image, so none is listed apart.
        Assert.DoesNotContain("Images:", show.StandardOutput);

        using var recorded = Weft.Storage.WeftStore.OpenExisting(store);
        var details = recorded.GetRun(runId);
        Assert.NotNull(details);
        Assert.Equal(expected, details.Run.Image);
        Assert.Equal(5, details.Steps.Count);
        Assert.All(details.Steps, s => Assert.Equal(expected, s.Image));
    }

    [GeneratedRegex(@"Run (?<id>\d{8}-\d{6}-[0-9a-f]+) of Training")]
    private static partial Regex RunIdPattern();
}
