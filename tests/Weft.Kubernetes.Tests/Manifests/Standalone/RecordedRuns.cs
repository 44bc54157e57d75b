using Weft.Storage;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>Checks on a run that <c>k8s record</c> wrote into a store's database.</summary>
internal static class RecordedRuns
{
    /// <summary>The run succeeded, was recorded as run by <paramref name="orchestrator"/>, and every step has the expected artifact ids, output by output.</summary>
    /// <param name="store">The store the run was recorded in.</param>
    /// <param name="runId">The run.</param>
    /// <param name="orchestrator">What it records as having run the steps.</param>
    /// <param name="expected">Per step, its artifact id per output.</param>
    /// <param name="stepsEndedBy">When given, a time before the recording started: each step run's times must be its pod's, before it.</param>
    public static void AssertSameArtifacts(string store, string runId, string orchestrator, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> expected,
        DateTimeOffset? stepsEndedBy = null)
    {
        using var weft = WeftStore.Open(store);
        var details = weft.GetRun(runId) ?? throw new Xunit.Sdk.XunitException($"Run {runId} is not recorded in {store}.");
        Assert.Equal(RunStatus.Succeeded, details.Run.Status);
        Assert.Equal(orchestrator, details.Run.Orchestrator);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), details.Steps.Select(s => s.Node).Order(StringComparer.Ordinal));
        foreach (var step in details.Steps)
        {
            Assert.Equal(StepStatus.Succeeded, step.Status);
            Assert.False(step.Cached);
            Assert.Equal(1, step.Attempts);
            Assert.Equal(
                expected[step.Node].OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"),
                step.Outputs.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => $"{o.Name}={o.ArtifactId}"));
            Assert.NotNull(step.LogPath);
            Assert.InRange(step.StartedAt!.Value, details.Run.StartedAt, step.FinishedAt!.Value);
            if (stepsEndedBy is { } recording)
            {
                Assert.True(step.FinishedAt <= recording, $"Step {step.Node} is recorded as ending at {step.FinishedAt:O}, after its pod ended (before {recording:O}).");
            }
        }
    }
}
