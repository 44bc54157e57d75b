using Weft.IntegrationTests.Pipelines;

namespace Weft.IntegrationTests;

/// <summary>A generated pipeline whose steps write, store, cache and read <see cref="ArtifactFile"/>s and <see cref="ArtifactDirectory"/>s.</summary>
public sealed class ModelFileTests
{
    private readonly string _store = TestStores.NewPath();

    private RunOptions Options => new() { StorePath = _store };

    private static string MaterializedRoot => Path.Combine(Path.GetTempPath(), "weft-artifacts");

    [Fact]
    public async Task FilesAndFolders_FlowBetweenSteps_GiveEqualIdsForEqualContent_AndCacheHits()
    {
        var first = await ModelFiles.RunAsync(size: 8, options: Options);

        Assert.True(first.Status == RunStatus.Succeeded, first.Error);
        Assert.Equal("model.bin:84:8:saved_model:8", first.Output<string>("Evaluate"));
        Assert.Equal(first.GetStep("Train").Artifacts.Values.Single(), first.GetStep("Train_2").Artifacts.Values.Single());

        var cached = await ModelFiles.RunAsync(size: 8, options: Options);

        Assert.Equal(RunStatus.Succeeded, cached.Status);
        Assert.All(cached.Steps, s => Assert.True(s.Cached, s.Name));
        Assert.Equal("model.bin:84:8:saved_model:8", cached.Output<string>("Evaluate"));
        Assert.Equal(first.GetStep("Export").Artifacts, cached.GetStep("Export").Artifacts);
        var model = cached.Output<ArtifactFile>("Train");
        Assert.StartsWith(MaterializedRoot, model.Path, StringComparison.Ordinal);
        Assert.Equal("model.bin", Path.GetFileName(model.Path));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (byte)(i * 3)), await File.ReadAllBytesAsync(model.Path));
        var saved = cached.Output<ArtifactDirectory>("Export");
        Assert.Equal("saved_model", Path.GetFileName(saved.Path));
        Assert.Equal("mmmmmmmm", await File.ReadAllTextAsync(Path.Combine(saved.Path, "saved_model.pb")));

        var changed = await ModelFiles.RunAsync(size: 9, options: Options);
        Assert.NotEqual(first.GetStep("Export").Artifacts, changed.GetStep("Export").Artifacts);
    }

    [Fact]
    public async Task AStepThatReturnsAFileItNeverWrote_FailsNamingTheStepAndThePath()
    {
        var run = await ModelFiles.RunAsync(forget: true, options: Options);

        Assert.Equal(RunStatus.Failed, run.Status);
        var train = run.GetStep("Train");
        Assert.Equal(StepStatus.Failed, train.Status);
        Assert.Contains("Step 'Train' returned ArtifactFile 'model.bin', but there is no file at '", train.Error, StringComparison.Ordinal);
        Assert.Contains("model.bin'", train.Error, StringComparison.Ordinal);
        Assert.Contains("write the file", train.Error, StringComparison.Ordinal);
    }
}
