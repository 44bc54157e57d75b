using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Kubernetes.Tests.Manifests.Pipelines;
using Weft.Storage;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// <c>k8s render --seed N</c>: every step (or the driver) is given the seed, the run that its steps prepare carries it, the
/// record keeps it, and a step given another seed than its run's is refused like one given other parameters.
/// </summary>
public sealed class SeededRunTests : IDisposable
{
    private const string RunId = "20261129-021500-5eed00";

    private readonly string _store = Directory.CreateTempSubdirectory("weft-seeded-").FullName;

    public void Dispose() => Directory.Delete(_store, recursive: true);

    [Theory]
    [InlineData(false, false, 5)]
    [InlineData(false, true, 1)]
    [InlineData(true, false, 5)]
    public void TheSeed_IsPassedToEveryStep_OrToTheDriver(bool argo, bool driver, int commands)
    {
        var target = argo ? RenderTarget.Argo : RenderTarget.Kubernetes;
        var seeded = string.Concat(ManifestRenderer.Render(Renders.Report(target, driver) with { Seed = -42 }).Select(m => m.Yaml));
        var unseeded = string.Concat(ManifestRenderer.Render(Renders.Report(target, driver)).Select(m => m.Yaml));

        Assert.Equal(commands, Occurrences(seeded, "- \"--seed\"\n"));
        Assert.Equal(commands, Occurrences(seeded, "- \"-42\"\n"));
        Assert.Equal(0, Occurrences(unseeded, "\"--seed\""));
    }

    [Fact]
    public async Task TheRunsStepsCarryTheSeed_TheRecordKeepsIt_AndAnotherSeedIsRefused()
    {
        var compose = await StepTaskPreparer.PrepareAsync(Report.Definition, "Compose", RunId, _store, new Dictionary<string, object?>(), TimeSpan.Zero, seed: 7);
        Assert.Equal(7, compose.Seed);
        await StepTaskRunner.RunAsync(Report.Definition, "Compose", RunId, _store);

        var other = await Assert.ThrowsAsync<StepTaskException>(() =>
            StepTaskPreparer.PrepareAsync(Report.Definition, "Measure", RunId, _store, new Dictionary<string, object?>(), TimeSpan.Zero));
        Assert.Equal(StepTaskProblem.RunMismatch, other.Problem);
        Assert.StartsWith($"Step 'Measure' was given seed {StepContext.DefaultRunSeed}, but run {RunId} started with seed 7 (", other.Message, StringComparison.Ordinal);
        Assert.EndsWith("every step of a run must get the same --seed; start a new run for another seed.", other.Message, StringComparison.Ordinal);

        foreach (var step in Report.Definition.Nodes.Skip(1).Select(n => n.Name))
        {
            Assert.Equal(7, (await StepTaskPreparer.PrepareAsync(Report.Definition, step, RunId, _store, new Dictionary<string, object?>(), TimeSpan.Zero, seed: 7)).Seed);
            await StepTaskRunner.RunAsync(Report.Definition, step, RunId, _store);
        }

        var recorded = await StandaloneRunRecorder.RecordAsync(Report.Definition, RunId, _store, "kubernetes-jobs", TimeSpan.Zero);
        Assert.Equal(RunStatus.Succeeded, recorded.Status);
        using var weft = WeftStore.Open(_store);
        Assert.Equal(7, weft.GetRun(RunId)!.Run.Seed);
    }

    [Fact]
    public async Task FromTheCommandLine_SeedGoesWithPrepare_AndRenderRejectsAMalformedOne()
    {
        var step = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "step", "Report", "Compose", "--run", RunId, "--store", _store, "--seed", "7");
        Assert.Equal(2, step.ExitCode);
        Assert.Contains("--param, --seed and --wait-upstream go with --prepare", step.Error, StringComparison.Ordinal);

        var render = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "Report", "--seed", "seven");
        Assert.Equal(2, render.ExitCode);
        Assert.Contains("--seed 'seven' is not a whole number.", render.Error, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
