using System.Text.Json;
using Weft.ContainerTests.Infrastructure;

namespace Weft.ContainerTests;

/// <summary>`image containerfile`: the Containerfile it writes for the sample, a user's own template, and a podman build with it.</summary>
[Collection(SampleImageCollection.Name)]
public sealed class ContainerfileTests(SampleImageFixture fixture)
{
    private const string SnapshotName = "HousePrices.Containerfile";

    [Fact]
    public async Task Containerfile_ForTheSample_MatchesTheApprovedSnapshot()
    {
        var result = await HousePricesApp.RunAsync("image", "containerfile", "--base", "localhost/weft-base:snapshot");

        Assert.True(result.Succeeded, result.Describe());
        var approved = await File.ReadAllTextAsync(RepositoryPaths.Snapshot(SnapshotName));
        if (!string.Equals(approved, result.StandardOutput, StringComparison.Ordinal))
        {
            // Accepting a change is copying the received file over the snapshot.
            var received = RepositoryPaths.SourceSnapshot(SnapshotName + ".received.txt");
            await File.WriteAllTextAsync(received, result.StandardOutput);
            Assert.Fail($"The Containerfile differs from Snapshots/{SnapshotName}; what the command wrote is in {received}.");
        }
    }

    [Fact]
    public async Task Containerfile_WithTheSameOptions_IsByteForByteTheSame_AndOptionsReachIt()
    {
        string[] arguments = ["image", "containerfile", "--base", "registry.example/base@sha256:" + new string('a', 64), "--app", "prices", "--user", "4242:4242", "--invariant-globalization", "true"];

        var first = await HousePricesApp.RunAsync(arguments);
        var second = await HousePricesApp.RunAsync(arguments);

        Assert.True(first.Succeeded, first.Describe());
        Assert.Equal(first.StandardOutput, second.StandardOutput);
        var lines = first.StandardOutput.Split('\n');
        Assert.Contains("FROM registry.example/base@sha256:" + new string('a', 64), lines);
        Assert.Contains("ARG WEFT_IMAGE=prices", lines);
        Assert.Contains("USER 4242:4242", lines);
        Assert.Contains("ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1", lines);
        Assert.Contains("ENTRYPOINT [\"/app/HousePrices\"]", lines);
        Assert.DoesNotContain('\r', first.StandardOutput);
    }

    [Fact]
    public async Task UserTemplate_SeesTheModel_AndTheOutputFileIsWritten()
    {
        var folder = fixture.NewFolder("template");
        var template = Path.Combine(folder, "mine.scriban");
        await File.WriteAllTextAsync(template,
            "FROM {{ base_image }}\r\n{{ for p in pipelines }}LABEL pipeline.{{ p.name }}=\"{{ p.steps | array.join \",\" }}\"\r\n{{ end }}USER {{ user }}\r\n");
        var target = Path.Combine(folder, "Containerfile");

        var result = await HousePricesApp.RunAsync("image", "containerfile", "--template", template, "--output", target, "--base", "base:1");

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("", result.StandardOutput);
        Assert.Equal("FROM base:1\nLABEL pipeline.Training=\"Simulate,Split,Fit,Evaluate,Predict\"\nUSER 1654\n", await File.ReadAllTextAsync(target));
        Assert.Equal(["Containerfile", "mine.scriban"], Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UserTemplate_WithAnUnknownVariable_FailsAsUsageError_NamingItAndTheVariables()
    {
        var folder = fixture.NewFolder("bad-template");
        var template = Path.Combine(folder, "typo.scriban");
        await File.WriteAllTextAsync(template, "FROM {{ base_imag }}\n");

        var result = await HousePricesApp.RunAsync("image", "containerfile", "--template", template);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StandardOutput);
        Assert.Contains("base_imag", result.StandardError);
        Assert.Contains("Variables: app, assembly, base_image", result.StandardError);
    }

    [Fact]
    public async Task Options_ThatWouldBreakTheContainerfile_AreRefused()
    {
        var result = await HousePricesApp.RunAsync("image", "containerfile", "--base", "base:1\nRUN rm -rf /");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--base", result.StandardError);
        Assert.Equal("", result.StandardOutput);
    }

    [ContainerFact]
    public async Task Containerfile_BuildsAnImage_FromThePublishOutput_ThatServesTheCommandLineAsNonRoot()
    {
        var image = fixture.Image;
        var folder = fixture.NewFolder("containerfile");
        var containerfile = Path.Combine(folder, "Containerfile");
        var written = await HousePricesApp.RunAsync("image", "containerfile", "--base", image.BaseImage, "--output", containerfile);
        Assert.True(written.Succeeded, written.Describe());
        var reference = $"localhost/weft-tests/houseprices-containerfile:{Path.GetFileName(folder)}";

        try
        {
            await Podman.OutputAsync("build", "--quiet", "--network=none", "--file", containerfile, "--build-arg", $"WEFT_IMAGE={reference}",
                "--tag", reference, image.PublishDirectory);

            using var inspect = JsonDocument.Parse(await Podman.OutputAsync("image", "inspect", reference));
            var config = inspect.RootElement[0].GetProperty("Config");
            Assert.Equal("1654", config.GetProperty("User").GetString());
            Assert.Equal(["/app/HousePrices"], config.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains($"WEFT_IMAGE={reference}", config.GetProperty("Env").EnumerateArray().Select(e => e.GetString()));

            var graph = await Podman.RunAsync("run", "--rm", "--network=none", reference, "graph", "Training");
            Assert.True(graph.Succeeded, graph.Describe());
            Assert.Contains("Simulate", graph.StandardOutput);
        }
        finally
        {
            await Podman.RunAsync("rmi", "--force", reference);
        }
    }
}
