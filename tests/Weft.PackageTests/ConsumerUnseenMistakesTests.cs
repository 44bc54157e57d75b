using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// Mistakes in forms the first mistakes project does not show (a step behind an <c>if</c>, a lambda, a local function, a
/// <c>try</c>, recursion into <c>Define</c>, a helper call, outputs of <c>object</c>, interfaces, delegates and streams, steps
/// by <c>ref</c> or <c>out</c>, one step name in two classes, an <c>object</c> parameter): each is reported once, at its own
/// token, and a local whose line is wrong is not reported again where later steps use it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerUnseenMistakesTests(PackageFeed feed)
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task BuildOfUnseenMistakes_ReportsEachOnceAtItsToken_AndNothingOnTheCorrectPipeline()
    {
        var project = ConsumerProject.Create(feed, "UnseenMistakes");
        var csproj = File.ReadAllText(project.ProjectFile).Replace(
            "</PropertyGroup>",
            $"</PropertyGroup>{Environment.NewLine}  <ItemGroup>{Environment.NewLine}    <PackageReference Include=\"Weft\" Version=\"{feed.Version}\" />{Environment.NewLine}  </ItemGroup>",
            StringComparison.Ordinal);
        File.WriteAllText(project.ProjectFile, csproj);
        var wanted = ExpectedDiagnostic.Read(project.SourceFiles).Select(e => e with { File = Path.GetFullPath(e.File) }).ToHashSet();

        var build = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off");

        Assert.False(build.TimedOut, build.Describe());
        Assert.NotEqual(0, build.ExitCode);
        var diagnostics = BuildOutput.Diagnostics(build);
        var actual = diagnostics
            .Where(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal))
            .Select(d => new ExpectedDiagnostic(Path.GetFullPath(d.File), d.Line, d.Column, d.Id))
            .ToList();
        Assert.True(actual.Count == actual.Distinct().Count(), $"A diagnostic was reported twice:{Format(actual)}");
        var missing = wanted.Except(actual).Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(wanted).Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            $"Missing:{Format(missing)}{Environment.NewLine}Unexpected:{Format(unexpected)}{Environment.NewLine}{build.Describe()}");

        // The correct pipeline's generated code compiles, so Program.cs (which uses it) gets no CS0117, and nothing else
        // (no AD0001, no CS8785) joins the WEFT errors.
        var others = diagnostics.Where(d => !d.Id.StartsWith("WEFT", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, $"Unexpected non-WEFT diagnostics:{Format(others)}{Environment.NewLine}{build.Describe()}");
        Assert.Contains(diagnostics, d => d.Id == "WEFT0011" && d.Message.Contains("Unseen.LoadA.Load and Unseen.LoadB.Load", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "WEFT0007" && d.Message.StartsWith("'Unseen.Recursion.Define' is not a step", StringComparison.Ordinal));
    }

    private static string Format<T>(IEnumerable<T> items) => string.Concat(items.Select(i => Environment.NewLine + "  " + i));
}
