using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// The package's reproducibility analyzers warn a user at the exact line and column of each mistake in their own steps
/// (WEFT1001–WEFT1008, in the step or through the helpers it calls) and nowhere else, and <c>dotnet format analyzers</c>
/// applies the package's code fixes for WEFT1001–WEFT1003.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerReproducibilityTests(PackageFeed feed)
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);
    private static readonly string[] s_fixable = ["WEFT1001", "WEFT1002", "WEFT1003"];

    [Fact]
    public async Task BuildWarnsAtEachMistake_AndFormatFixesTheFixableOnes_ThenTheyAreGone()
    {
        var project = ConsumerProject.Create(feed, "Reproducibility");
        var csproj = File.ReadAllText(project.ProjectFile).Replace(
            "</PropertyGroup>",
            $"</PropertyGroup>{Environment.NewLine}  <ItemGroup>{Environment.NewLine}    <PackageReference Include=\"Weft\" Version=\"{feed.Version}\" />{Environment.NewLine}  </ItemGroup>",
            StringComparison.Ordinal);
        File.WriteAllText(project.ProjectFile, csproj);
        var expected = ExpectedDiagnostic.Read(project.SourceFiles);
        Assert.Equal(
            Enumerable.Range(1, 8).Select(i => $"WEFT{1000 + i}"),
            expected.Select(e => e.Id).Distinct().Order(StringComparer.Ordinal));

        var build = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off");
        AssertWarnsExactly(expected, build);

        var format = await project.DotnetAsync(s_commandTimeout,
            ["format", "analyzers", project.ProjectFile, "--diagnostics", .. s_fixable, "--severity", "info", "--no-restore"]);
        Assert.True(format.Succeeded, format.Describe());
        // The fixes replace the culprit and keep the marker comment in front of it.
        var steps = File.ReadAllText(Path.Combine(project.Directory, "Steps.cs"));
        Assert.Contains("/*WEFT1001*/Step.Now.UtcDateTime.ToString(\"O\")", steps, StringComparison.Ordinal);
        Assert.Contains("var random = /*WEFT1002*/Step.Random;", steps, StringComparison.Ordinal);
        Assert.Contains("/*WEFT1003*/Step.NewGuid().ToString(\"N\")", steps, StringComparison.Ordinal);

        var rebuild = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off");
        AssertWarnsExactly(ExpectedDiagnostic.Read(project.SourceFiles).Where(e => !s_fixable.Contains(e.Id)).ToList(), rebuild);
    }

    // The build succeeds (the rules are warnings), and its only diagnostics are the expected WEFT warnings.
    private static void AssertWarnsExactly(IReadOnlyList<ExpectedDiagnostic> expected, ProcessResult build)
    {
        Assert.True(build.Succeeded, build.Describe());
        var diagnostics = BuildOutput.Diagnostics(build);
        var actual = diagnostics
            .Select(d => new ExpectedDiagnostic(Path.GetFullPath(d.File), d.Line, d.Column, d.Id))
            .ToHashSet();
        var wanted = expected.Select(e => e with { File = Path.GetFullPath(e.File) }).ToHashSet();

        var missing = Sorted(wanted.Except(actual));
        var unexpected = Sorted(actual.Except(wanted));
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            $"Missing:{Format(missing)}{Environment.NewLine}Unexpected:{Format(unexpected)}{Environment.NewLine}{build.Describe()}");
        Assert.All(diagnostics, d => Assert.Equal("warning", d.Severity));
    }

    private static List<ExpectedDiagnostic> Sorted(IEnumerable<ExpectedDiagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    private static string Format<T>(IEnumerable<T> items)
        => string.Concat(items.Select(i => Environment.NewLine + "  " + i));
}
