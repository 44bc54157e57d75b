using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>An id prefix several runs or artifacts start with is an <see cref="AmbiguousIdException"/> that names them.</summary>
public sealed class AmbiguousIdTests
{
    private static PipelineDefinition Counting() => Pipeline(
        [Parameter("n", "int", hasDefault: true, defaultValue: 1)],
        Node("Plus", args => (int)args[0]! + 1, Param("value", "n")),
        Node("Times", args => (int)args[0]! * 7, From("value", "Plus")));

    [Fact]
    public async Task RunPrefixOfSeveralRuns_NamesThem()
    {
        var store = TestStores.NewPath();
        var first = await RunWith(Counting(), new() { ["n"] = 1 }, new RunOptions { StorePath = store });
        var second = await RunWith(Counting(), new() { ["n"] = 2 }, new RunOptions { StorePath = store });
        using var weft = WeftStore.Open(store);

        var error = Assert.Throws<AmbiguousIdException>(() => weft.FindRun(first.RunId[..1]));

        Assert.Equal(first.RunId[..1], error.Prefix);
        Assert.Equal(new[] { first.RunId, second.RunId }.Order(StringComparer.Ordinal), error.Candidates);
        Assert.Contains("Give more of the id.", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<StoreException>(error);
        Assert.Equal(first.RunId, weft.FindRun(first.RunId)!.RunId);
    }

    [Fact]
    public async Task ArtifactPrefixOfSeveralArtifacts_NamesThem_AndAnExactIdIsNotAmbiguous()
    {
        var store = TestStores.NewPath();
        var ids = new List<string>();
        // Each run adds two artifacts; with more than sixteen, two share their first hex digit.
        for (var n = 0; ids.Distinct().GroupBy(id => id[..8]).All(g => g.Count() < 2); n++)
        {
            var run = await RunWith(Counting(), new() { ["n"] = n }, new RunOptions { StorePath = store });
            ids.Add(run.GetStep("Plus").Artifacts["value"]);
            ids.Add(run.GetStep("Times").Artifacts["value"]);
        }

        var shared = ids.Distinct().GroupBy(id => id[..8]).First(g => g.Count() > 1).Order(StringComparer.Ordinal).ToList();
        using var weft = WeftStore.Open(store);

        var error = Assert.Throws<AmbiguousIdException>(() => weft.FindArtifact(shared[0][..8]));

        Assert.Contains(shared[0], error.Candidates);
        Assert.Contains(shared[1], error.Candidates);
        Assert.StartsWith($"Artifact id '{shared[0][..8]}' is ambiguous", error.Message, StringComparison.Ordinal);
        Assert.Equal(shared[0], weft.FindArtifact(shared[0])!.Id);
    }
}
