using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>Runs are listed newest first by when they started, also when several started in the same second.</summary>
public sealed class RunListOrderTests
{
    [Fact]
    public async Task RunsOfOneSecond_AreListedByStartTime_NotByTheirIdsRandomSuffix()
    {
        var store = TestStores.NewPath();
        var definition = Pipeline(Node("Only", _ => 1));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await RunWith(definition, [], new() { StorePath = store, UseCache = false })).RunId);
        }

        // The same second for all three, and suffixes that sort against the order the runs started in.
        string[] rewritten = ["20260101-120000-ffffff", "20260101-120000-888888", "20260101-120000-000000"];
        for (var i = 0; i < ids.Count; i++)
        {
            StoreDatabase.Execute(store, "UPDATE runs SET id = $new WHERE id = $old", ("$new", rewritten[i]), ("$old", ids[i]));
        }

        using var weft = WeftStore.Open(store);
        Assert.Equal(rewritten.Reverse(), weft.ListRuns().Select(r => r.RunId));
    }
}
