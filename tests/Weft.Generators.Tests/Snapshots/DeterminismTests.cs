using System.Globalization;

namespace Weft.Generators.Tests.Snapshots;

/// <summary>
/// Generated text depends on the code alone: not on the run, the order the compiler is given the files, or the culture
/// of the machine that builds (decimal commas in de-DE, the dotless i of tr-TR).
/// </summary>
public sealed class DeterminismTests
{
    // Every scenario in one compilation: the pipelines must also not disturb each other.
    private static IReadOnlyList<(string Path, string Text)> AllFiles => PipelineScenarios.All.SelectMany(s => s.Files).ToList();

    [Fact]
    public void AllScenariosTogether_GenerateEachPipelineCleanly()
    {
        var run = ScenarioRun.Of(AllFiles);
        Assert.Equal(PipelineScenarios.All.Select(s => s.HintName).Order(StringComparer.Ordinal), run.Sources.Keys.Order(StringComparer.Ordinal));
        run.AssertClean();
    }

    [Fact]
    public void GeneratingTwice_FromFreshCompilations_GivesIdenticalText()
        => AssertIdentical(Generate(AllFiles), Generate(AllFiles));

    [Fact]
    public void FilesInReverseOrder_GiveIdenticalText()
        => AssertIdentical(Generate(AllFiles), Generate(AllFiles.Reverse().ToList()));

    [Fact]
    public void FilesInInterleavedOrder_GiveIdenticalText()
    {
        // Types files after pipeline files, and scenarios shuffled by a fixed permutation.
        var shuffled = AllFiles.Select((f, i) => (File: f, Key: (i * 7) % AllFiles.Count)).OrderBy(x => x.Key).Select(x => x.File).ToList();
        Assert.NotEqual(AllFiles, shuffled);
        AssertIdentical(Generate(AllFiles), Generate(shuffled));
    }

    [Theory]
    [InlineData("de-DE", "1,5")]
    [InlineData("tr-TR", "1,5")]
    [InlineData("fr-CH", "1,5")]
    public void AnotherCurrentCulture_GivesIdenticalText(string culture, string oneAndAHalf)
    {
        var invariant = Generate(AllFiles);
        var other = InCulture(culture, () =>
        {
            // Guards against a runtime in invariant-globalization mode, where this test would prove nothing.
            Assert.Equal(oneAndAHalf, 1.5.ToString(CultureInfo.CurrentCulture));
            return Generate(AllFiles);
        });
        AssertIdentical(invariant, other);
    }

    [Fact]
    public void TurkishCulture_IsReallyTurkish()
        => InCulture("tr-TR", () =>
        {
            Assert.NotEqual("i", "I".ToLower(CultureInfo.CurrentCulture));
            return 0;
        });

    private static IReadOnlyDictionary<string, string> Generate(IReadOnlyList<(string Path, string Text)> files)
    {
        var run = ScenarioRun.Of(files);
        run.AssertNoException();
        Assert.Equal(PipelineScenarios.All.Count, run.Sources.Count);
        return run.Sources;
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static void AssertIdentical(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (hintName, text) in expected)
        {
            if (!string.Equals(text, actual[hintName], StringComparison.Ordinal))
            {
                Assert.Fail($"{hintName} differs:{Environment.NewLine}{SnapshotFile.Diff(text, actual[hintName])}");
            }
        }
    }
}
