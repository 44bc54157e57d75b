using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// The package's generator reports each structural mistake (WEFT0001–WEFT0015) at the exact line and column a user
/// sees in their own file, and nothing on the correct code around it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerDiagnosticsTests(PackageFeed feed)
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task BuildOfStructuralMistakes_FailsWithEachDiagnosticAtItsLine_AndNoneElsewhere()
    {
        var project = ConsumerProject.Create(feed, "Mistakes");
        var csproj = File.ReadAllText(project.ProjectFile).Replace(
            "</PropertyGroup>",
            $"</PropertyGroup>{Environment.NewLine}  <ItemGroup>{Environment.NewLine}    <PackageReference Include=\"Weft\" Version=\"{feed.Version}\" />{Environment.NewLine}  </ItemGroup>",
            StringComparison.Ordinal);
        File.WriteAllText(project.ProjectFile, csproj);
        var expected = ExpectedDiagnostic.Read(project.SourceFiles);

        var build = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off");

        Assert.False(build.TimedOut, build.Describe());
        Assert.NotEqual(0, build.ExitCode);
        var diagnostics = BuildOutput.Diagnostics(build);
        var actual = diagnostics
            .Where(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal))
            .Select(d => new ExpectedDiagnostic(Path.GetFullPath(d.File), d.Line, d.Column, d.Id))
            .ToHashSet();
        var wanted = expected.Select(e => e with { File = Path.GetFullPath(e.File) }).ToHashSet();

        var missing = Sorted(wanted.Except(actual));
        var unexpected = Sorted(actual.Except(wanted));
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            $"Missing:{Format(missing)}{Environment.NewLine}Unexpected:{Format(unexpected)}{Environment.NewLine}{build.Describe()}");

        // Every WEFT diagnostic is an error, and the compiler has nothing to add: the generated code of the correct
        // pipeline compiles, and no mistake leaks generated code that does not.
        Assert.All(diagnostics.Where(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal)), d => Assert.Equal("error", d.Severity));
        var others = diagnostics.Where(d => !d.Id.StartsWith("WEFT", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, $"Unexpected non-WEFT diagnostics:{Format(others)}{Environment.NewLine}{build.Describe()}");
        Assert.Equal(
            Enumerable.Range(1, 15).Select(i => $"WEFT{i:D4}"),
            wanted.Select(e => e.Id).Distinct().Order(StringComparer.Ordinal));
    }

    private static List<ExpectedDiagnostic> Sorted(IEnumerable<ExpectedDiagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    private static string Format<T>(IEnumerable<T> items)
        => string.Concat(items.Select(i => Environment.NewLine + "  " + i));
}
