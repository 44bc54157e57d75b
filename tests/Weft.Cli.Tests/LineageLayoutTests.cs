using System.Text.RegularExpressions;
using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary>How <c>lineage</c> text reads: counts in words, and the ids of a step's inputs in one column.</summary>
public sealed class LineageLayoutTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task InputIds_LineUp_WhateverTheLengthOfTheOutputTheyCameFrom()
    {
        // 5 * 3 = 15 halves into 7 and 8: two artifacts (equal halves would be one, produced as Halve.Low).
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Arithmetic", "-p", "start=5", "--store", _store.Path));

        var lines = (await Shell.RunAsync("lineage", runId, "--store", _store.Path)).OutputLines;

        // Report reads Halve.Low and Halve.High: names of different lengths.
        var rows = lines.SkipWhile(l => !l.StartsWith("  Report  (", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Matches(@"^    in   low    Halve\.Low   sha256:[0-9a-f]{12}$", rows[0]);
        Assert.Matches(@"^    in   high   Halve\.High  sha256:[0-9a-f]{12}$", rows[1]);
        Assert.Matches(@"^    out  value              sha256:[0-9a-f]{12}  \d+ B$", rows[2]);
        Assert.Single(rows.Select(l => l.IndexOf("sha256:", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public async Task Counts_ReadAsWords()
    {
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Notes", "-p", "lines=1", "--store", _store.Path));

        var lines = (await Shell.RunAsync("lineage", runId, "--store", _store.Path)).OutputLines;

        Assert.Equal($"Lineage of run {runId} (Notes, succeeded): 2 step runs, 2 artifacts", lines[0]);
    }
}
