using Weft.Kubernetes.Tests.Manifests.Pipelines;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// A store folder that does not exist, met by a step that prepares its own task or by the record: the message says what
/// that command reads there, not that an orchestrator should have prepared it.
/// </summary>
public sealed class MissingStoreTests
{
    private const string RunId = "20261129-030000-0000aa";

    private readonly string _store = Path.Combine(Path.GetTempPath(), "weft-no-such-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task APreparingStep_SaysTheRunsStepsShareTheStore()
    {
        var ex = await Assert.ThrowsAsync<StepTaskException>(() =>
            StepTaskPreparer.PrepareAsync(Report.Definition, "Compose", RunId, _store, new Dictionary<string, object?>(), TimeSpan.Zero));

        Assert.Equal(StepTaskProblem.StoreMissing, ex.Problem);
        Assert.Equal(
            $"There is no store at {_store}: every step of a run prepares its task from, and writes its results to, the one store the run's steps share " +
            "(a shared volume in Kubernetes); pass that folder with --store.",
            ex.Message);
        Assert.False(Directory.Exists(_store));
    }

    [Fact]
    public async Task TheRecord_SaysItReadsWhatTheStepsWrote()
    {
        var ex = await Assert.ThrowsAsync<StepTaskException>(() => StandaloneRunRecorder.RecordAsync(Report.Definition, RunId, _store, "argo", TimeSpan.Zero));

        Assert.Equal(StepTaskProblem.StoreMissing, ex.Problem);
        Assert.StartsWith($"There is no store at {_store}: a run is recorded from the run file and results its steps wrote into the store they share (", ex.Message, StringComparison.Ordinal);
    }
}
