using Weft.Serialization;
using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>Lineage: from an artifact or a run back through the step runs and inputs that produced it.</summary>
public sealed class LineageTests
{
    private readonly string _store = TestStores.NewPath();

    private async Task<(PipelineRun Run, string DataPath)> Train(bool useCache = true)
    {
        var data = Path.Combine(Directory.CreateDirectory(Path.Combine(TestStores.Root, Guid.NewGuid().ToString("N"))).FullName, "data.csv");
        await File.WriteAllTextAsync(data, "1,2,3");
        var definition = Pipeline(
            [Parameter("data", "Weft.DataFile", BuiltInSerializers.DataFile)],
            Node("Load", args => File.ReadAllText(((DataFile)args[0]!).Path).Split(',').Length, Param("file", "data")),
            Node("Other", _ => 7),
            Node("Fit", args => (int)args[0]! * 2, From("rows", "Load")),
            Node("Evaluate", args => (int)args[0]! + (int)args[1]!, From("model", "Fit"), From("rows", "Load")));
        var run = await RunWith(definition, new() { ["data"] = DataFile.From(data) }, new RunOptions { StorePath = _store, UseCache = useCache });
        return (run, data);
    }

    [Fact]
    public async Task ArtifactLineage_ReachesBackToTheDataFile_AndLeavesOutUnrelatedSteps()
    {
        var (run, data) = await Train();

        using var weft = WeftStore.Open(_store);
        var evaluated = run.GetStep("Evaluate").Artifacts["value"];
        var lineage = weft.GetLineage(evaluated);

        Assert.Equal(evaluated, lineage.Root);
        Assert.Equal(["Load", "Fit", "Evaluate"], lineage.Steps.Select(s => s.Node));
        string[] expected = [run.GetStep("Load").Artifacts["value"], run.GetStep("Fit").Artifacts["value"], evaluated];
        Assert.Equal(expected.Order(StringComparer.Ordinal), lineage.Artifacts.Keys.Order(StringComparer.Ordinal));
        var load = lineage.Steps[0];
        var file = Assert.Single(load.Inputs);
        Assert.Equal((InputKind.Parameter, "data"), (file.Kind, file.Parameter));
        Assert.Contains(Path.GetFileName(data), file.Value);
        Assert.StartsWith("sha256:", file.ContentHash);
        Assert.Equal(lineage.Artifacts[run.GetStep("Load").Artifacts["value"]].ProducerStepRunId, load.Id);
    }

    [Fact]
    public async Task LineageOfACachedRun_ShowsTheComputingStepRuns()
    {
        var (first, _) = await Train();
        var (cached, _) = await Train();

        using var weft = WeftStore.Open(_store);
        var lineage = weft.GetLineage(cached.RunId);

        Assert.Equal(cached.RunId, lineage.Root);
        var order = lineage.Steps.Select(s => s.Node).ToList();
        Assert.Equal(["Evaluate", "Fit", "Load", "Other"], order.Order(StringComparer.Ordinal));
        Assert.True(order.IndexOf("Load") < order.IndexOf("Fit") && order.IndexOf("Fit") < order.IndexOf("Evaluate"), string.Join(", ", order));
        Assert.All(lineage.Steps, s => Assert.Equal((first.RunId, false), (s.RunId, s.Cached)));
        Assert.Equal(4, lineage.Artifacts.Count);
    }

    [Fact]
    public async Task UnknownId_IsAStoreError()
    {
        await Train();
        using var weft = WeftStore.Open(_store);

        var error = Assert.Throws<StoreException>(() => weft.GetLineage("sha256:0000"));
        Assert.Contains("no run or artifact 'sha256:0000'", error.Message);
    }
}
