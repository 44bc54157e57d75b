using Weft.Generators.Tests.Snapshots;

namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// The Define fast path against binding, over whole generator runs: byte-identical generated sources, identical
/// diagnostics. (Every other generator test of this project also cross-checks each parse; see <see cref="CrossCheckEverywhere"/>.)
/// </summary>
public sealed class DefineFastPathDifferentialTests
{
    public static TheoryData<string> Scenarios() => [.. PipelineScenarios.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_GeneratesTheSameWithAndWithoutTheFastPath(string name)
    {
        var scenario = PipelineScenarios.All.Single(s => s.Name == name);

        var fast = FastPathRun.AssertSame([.. scenario.Files]);

        Assert.True(fast.FastCalls > 0, $"{name}: no call took the fast path");
    }

    [Fact]
    public void SyntheticShape_GeneratesTheSame_AndNeverFallsBack()
    {
        var fast = FastPathRun.AssertSame(SyntheticShape.Files);

        Assert.Equal(0, fast.Fallbacks);
        Assert.Equal(SyntheticShape.Calls, fast.FastCalls);
        Assert.Empty(fast.Diagnostics);
    }

    [Fact]
    public void PlainScenario_NeverFallsBack()
    {
        // Training: locals, a deconstruction, an awaited step with an omitted token, Define parameters.
        var fast = FastPathRun.Of(fastPath: true, [.. PipelineScenarios.Training.Files]);

        Assert.Equal(0, fast.Fallbacks);
        Assert.True(fast.FastCalls >= 4, $"only {fast.FastCalls} fast calls");
    }

    [Fact]
    public void EveryGeneratorRunOfThisProject_IsCrossChecked()
        => Assert.True(Weft.Generators.Parsing.BodyLoweringMode.CrossCheck);
}
