using Weft.Cli.Tests.Infrastructure;
using Weft.Cli.Tests.Pipelines;

namespace Weft.Cli.Tests;

/// <summary>Typos in names the user types on <c>run</c>: the message offers the name they most likely meant.</summary>
public sealed class SuggestionTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task MistypedPipeline_SuggestsTheClosestName()
        => Assert.Equal(
            $"Unknown pipeline 'Arithmetc'. Known pipelines: {TestPipelines.Names}. Did you mean 'Arithmetic'?",
            await Shell.FailsAsync(ExitCodes.UsageError, "run", "Arithmetc"));

    [Theory]
    [InlineData("Factor", "factor")]
    [InlineData("factr", "factor")]
    [InlineData("strat", "start")]
    public async Task MistypedParameter_SuggestsTheClosestParameter(string typed, string meant)
        => Assert.Equal(
            $"Pipeline 'Arithmetic' has no parameter '{typed}'. Did you mean '{meant}'? Parameters: start (int, default 2), factor (int, default 3).",
            await Shell.FailsAsync(ExitCodes.UsageError, "run", "Arithmetic", "-p", typed + "=4", "--store", _store.Path));

    [Fact]
    public async Task UnrelatedParameter_SuggestsNothing()
        => Assert.Equal(
            "Pipeline 'Arithmetic' has no parameter 'seed'. Parameters: start (int, default 2), factor (int, default 3).",
            await Shell.FailsAsync(ExitCodes.UsageError, "run", "Arithmetic", "-p", "seed=4", "--store", _store.Path));

    [Fact]
    public async Task PairWithoutParam_SaysHowParametersAreGiven()
        => Assert.Equal(
            "Unrecognized command or argument 'start=5'. Give parameters as --param start=5. See 'testhost run --help'.",
            await Shell.FailsAsync(ExitCodes.UsageError, "run", "Arithmetic", "start=5", "--store", _store.Path));

    [Fact]
    public async Task KubernetesWithoutItsPackage_NamesThePackage()
        => Assert.Equal(
            "Orchestrator 'kubernetes' is not available. Known orchestrators: inprocess, process. It comes with the Weft.Kubernetes package: add it to this program ('dotnet add package Weft.Kubernetes').",
            await Shell.FailsAsync(ExitCodes.UsageError, "run", "Arithmetic", "--orchestrator", "kubernetes", "--store", _store.Path));

    [Fact]
    public async Task MistypedOrchestrator_SuggestsTheClosest()
        => Assert.EndsWith(
            "Known orchestrators: inprocess, process. Did you mean 'process'?",
            await Shell.FailsAsync(ExitCodes.UsageError, "run", "Arithmetic", "--orchestrator", "proces", "--store", _store.Path),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("Chrun", "Churn")]
    [InlineData("learningrate", "learningRate")]
    [InlineData("tres", "trees")]
    [InlineData("size", null)]
    [InlineData("x", null)]
    public void Closest_IsCloseAndUnique(string typed, string? expected)
        => Assert.Equal(expected, NameSuggestion.Closest(typed, ["Churn", "learningRate", "trees", "seed", "Features"]));
}
