using Weft.IntegrationTests.Pipelines;
using Weft.Storage;

namespace Weft.IntegrationTests;

/// <summary>Generated pipelines on the recording runtime: cached reruns read every output back through the generated serializers.</summary>
public sealed class GeneratedCachingTests
{
    private readonly string _store = TestStores.NewPath();

    private RunOptions Options => new() { StorePath = _store };

    [Fact]
    public async Task Rerun_IsFullyCached_AndEveryOutputReadsBackEqual()
    {
        var first = await Grammar.RunAsync(count: 6, options: Options);
        var second = await Grammar.RunAsync(count: 6, options: Options);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.All(second.Steps, s => Assert.Equal((true, first.RunId), (s.Cached, s.OriginRunId)));
        foreach (var node in Grammar.Definition.Nodes)
        {
            foreach (var output in node.Outputs)
            {
                Assert.True(first.TryGetOutput(node.Name, output.Name, out var computed));
                Assert.True(second.TryGetOutput(node.Name, output.Name, out var stored));
                Assert.Equal(await Bytes(output.Serializer, computed), await Bytes(output.Serializer, stored));
            }
        }

        Assert.Equal(first.Output<string>("Describe"), second.Output<string>("Describe"));
        Assert.Equal(first.Output<Dataset>("Halve", "Right").Points, second.Output<Dataset>("Halve", "Right").Points);
    }

    [Fact]
    public async Task CachedBytesDictionariesNullablesAndMaterializedValues_ReadBack()
    {
        await Payloads.RunAsync(options: Options);
        var cached = await Payloads.RunAsync(options: Options);

        Assert.All(cached.Steps, s => Assert.True(s.Cached));
        Assert.Equal("16:8:none:0,2,4,6,8,10,12,14", cached.Output<string>("Check"));
        Assert.Equal(Enumerable.Range(0, 16).Select(i => (byte)i), cached.Output<byte[]>("Bytes"));
        Assert.Equal([0, 2, 4, 6, 8, 10, 12, 14], cached.Output<Dictionary<string, int[]>>("Lookup")["even"]);
        Assert.Null(cached.Output<int?>("Maybe"));
        Assert.Equal("0,2,4,6,8,10,12,14", cached.Output<Blob>("Blob").Text);
    }

    [Fact]
    public async Task ChangedDataFile_Invalidates_AndItsLogAndMetricsAreRecorded()
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestStores.Root, Guid.NewGuid().ToString("N"))).FullName;
        var csv = Path.Combine(folder, "table.csv");
        await File.WriteAllTextAsync(csv, "a,b\n1,2\n3,4\n");

        var first = await TableReport.RunAsync(DataFile.From(csv), options: Options);
        var again = await TableReport.RunAsync(DataFile.From(csv), options: Options);
        await File.AppendAllTextAsync(csv, "5,6\n");
        var changed = await TableReport.RunAsync(DataFile.From(csv), options: Options);

        Assert.Equal("rows: 2", first.Output<string>("Summarize"));
        Assert.All(again.Steps, s => Assert.True(s.Cached));
        Assert.All(changed.Steps, s => Assert.False(s.Cached));
        Assert.Equal("rows: 3", changed.Output<string>("Summarize"));
        Assert.Equal([new("rows", 3.0)], changed.GetStep("Summarize").Metrics);
        Assert.Equal([new("rows", 2.0)], again.GetStep("Summarize").Metrics);
        Assert.Contains("read 3 rows from table.csv", await File.ReadAllTextAsync(changed.GetStep("Rows").LogPath!));

        using var store = WeftStore.Open(_store);
        var lineage = store.GetLineage(changed.GetStep("Summarize").Artifacts["value"]);
        Assert.Equal(["Rows", "Summarize"], lineage.Steps.Select(s => s.Node));
        var table = lineage.Steps[0].Inputs.Single();
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(csv))), table.ContentHash);
    }

    private static async Task<byte[]> Bytes(IArtifactSerializer serializer, object? value)
    {
        using var stream = new MemoryStream();
        await serializer.WriteObjectAsync(value, stream, CancellationToken.None);
        return stream.ToArray();
    }
}
