using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Weft.Storage;
using Weft.Tests.Execution;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>What a run leaves in the store: the run, its step runs, artifacts, lineage links, metrics, metadata and logs.</summary>
public sealed class RecordingTests
{
    private static PipelineDefinition Sample() => Pipeline(
        [Parameter("n", "int", hasDefault: true, defaultValue: 3)],
        Node("Load", args => (int)args[0]! * 10, Param("count", "n")),
        Node("Double", args => (int)args[0]! * 2, From("x", "Load")),
        Node("Report", args =>
        {
            Step.LogMetric("score", 0.75);
            Step.LogMetric("undefined", double.NaN);
            Step.LogMetadata("note", "fine");
            Step.Logger.LogInformation("reporting {Value}", args[0]);
            return $"{args[1]}: {args[0]}";
        }, From("value", "Double"), Const("label", "total")));

    [Fact]
    public async Task Run_IsRecordedWithParametersTagsSeedAndLogicalTime()
    {
        var store = TestStores.NewPath();
        var run = await RunWith(Sample(), new() { ["n"] = 4 },
            new RunOptions { StorePath = store, RunName = "nightly", Tags = new Dictionary<string, string> { ["team"] = "pricing", ["env"] = "test" } });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(Path.GetFullPath(store), run.StorePath);
        using var weft = WeftStore.Open(store);
        var record = weft.FindRun(run.RunId)!;
        Assert.Equal(("Test", "Tests.TestPipeline", "nightly", RunStatus.Succeeded), (record.Pipeline, record.PipelineType, record.Name, record.Status));
        Assert.Equal(StepContext.DefaultRunSeed, record.Seed);
        Assert.Equal(run.StartedAt, record.LogicalTime);
        Assert.True(record.FinishedAt >= record.StartedAt);
        Assert.True(record.UseCache);
        Assert.False(record.Abandoned);
        Assert.Equal("inprocess", record.Orchestrator);
        Assert.Equal($"{Environment.MachineName}:{Environment.ProcessId}", record.Owner);
        Assert.Equal([new ParameterRecord("n", "int", "{\"tag\":\"int\",\"value\":4}", null)], record.Parameters);
        Assert.Equal([new("env", "test"), new("team", "pricing")], record.Tags);
        Assert.Null(record.Error);
        Assert.Equal(run.RunId, Assert.Single(weft.ListRuns()).RunId);
    }

    [Fact]
    public async Task StepRuns_ArtifactsAndLinks_AreRecorded()
    {
        var store = TestStores.NewPath();
        var run = await Run(Sample(), new RunOptions { StorePath = store });
        using var weft = WeftStore.Open(store);
        var details = weft.GetRun(run.RunId)!;

        Assert.Equal(["Load", "Double", "Report"], details.Steps.Select(s => s.Node));
        Assert.All(details.Steps, s =>
        {
            Assert.Equal((StepStatus.Succeeded, 1, false), (s.Status, s.Attempts, s.Cached));
            Assert.Equal("Tests." + s.Node, s.Step);
            Assert.Equal("fingerprint-" + s.Node, s.CodeFingerprint);
            Assert.Matches("^sha256:[0-9a-f]{64}$", s.CacheKey);
            Assert.True(s.StartedAt <= s.FinishedAt);
        });

        var load = details.Steps[0];
        var loadOutput = Assert.Single(load.Outputs);
        Assert.Equal(run.GetStep("Load").Artifacts["value"], loadOutput.ArtifactId);
        Assert.Equal(new InputLink("count", InputKind.Parameter, Parameter: "n", Value: "{\"tag\":\"int\",\"value\":3}"), Assert.Single(load.Inputs));
        Assert.Equal(new InputLink("x", InputKind.Artifact, ArtifactId: loadOutput.ArtifactId), Assert.Single(details.Steps[1].Inputs));
        Assert.Equal(new InputLink("label", InputKind.Constant, Value: "total"), details.Steps[2].Inputs[1]);

        var artifact = weft.FindArtifact(loadOutput.ArtifactId)!;
        var bytes = weft.ReadArtifactBytes(artifact.Id);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), artifact.Id);
        Assert.Equal(("object", TestValueSerializer.Instance.SchemaFingerprint, bytes.Length, (string?)null), (artifact.TypeName, artifact.SchemaFingerprint, (int)artifact.Size, artifact.Path));
        Assert.Equal((run.RunId, "Test", "Load", "value", load.Id), (artifact.ProducerRunId, artifact.ProducerPipeline, artifact.ProducerNode, artifact.ProducerOutput, artifact.ProducerStepRunId!.Value));
        Assert.Equal(30, await weft.ReadArtifactValueAsync(artifact.Id, TestValueSerializer.Instance));
        Assert.Equal(artifact.Id, weft.FindArtifact(artifact.Id[..14])!.Id);
        Assert.Equal(artifact.Id, weft.FindArtifact(artifact.Id[7..20])!.Id);
    }

    [Fact]
    public async Task MetricsMetadataAndLogs_AreRecordedWithTheStep()
    {
        var store = TestStores.NewPath();
        var run = await Run(Sample(), new RunOptions { StorePath = store });
        using var weft = WeftStore.Open(store);
        var report = weft.GetRun(run.RunId)!.Steps.Single(s => s.Node == "Report");

        Assert.Equal("score", report.Metrics[0].Key);
        Assert.Equal(0.75, report.Metrics[0].Value);
        Assert.True(double.IsNaN(report.Metrics[1].Value));
        Assert.Equal([new("note", "fine")], report.Metadata);
        Assert.Equal(report.LogPath, run.GetStep("Report").LogPath);
        Assert.Equal(Path.Combine(Path.GetFullPath(store), "logs", run.RunId, "Report.log"), report.LogPath);
        Assert.Matches(@"info \[attempt 1\] reporting 60$", File.ReadAllText(report.LogPath!).TrimEnd());
        Assert.Null(weft.GetRun(run.RunId)!.Steps.Single(s => s.Node == "Load").LogPath);
    }

    [Fact]
    public async Task FailedRun_RecordsTheErrorTheFailedStepAndTheSkippedOnes()
    {
        var store = TestStores.NewPath();
        var definition = Pipeline(
            Node("Load", _ => 1),
            Custom("Fit", ["value"], (_, _) => throw new InvalidOperationException("singular"), new StepPolicy(Retries: 1), From("x", "Load")),
            Node("Evaluate", _ => 2, From("model", "Fit")));

        var run = await RunWithoutBackoff(definition, new RunOptions { StorePath = store });

        using var weft = WeftStore.Open(store);
        var details = weft.GetRun(run.RunId)!;
        Assert.Equal((RunStatus.Failed, "Step 'Fit' failed: System.InvalidOperationException: singular"), (details.Run.Status, details.Run.Error));
        var fit = details.Steps.Single(s => s.Node == "Fit");
        Assert.Equal((StepStatus.Failed, 2, run.Error), (fit.Status, fit.Attempts, fit.Error));
        Assert.Null(fit.CacheKey);
        Assert.Empty(fit.Outputs);
        Assert.Single(fit.Inputs);
        var evaluate = details.Steps.Single(s => s.Node == "Evaluate");
        Assert.Equal(StepStatus.Skipped, evaluate.Status);
        Assert.Contains("'Fit' failed", evaluate.Error);

        // The step's log tells the story of its attempts, with the exception.
        var log = await File.ReadAllLinesAsync(fit.LogPath!);
        Assert.Contains(log, l => l.Contains("warn [attempt 1] Attempt 1 of 2 failed; retrying in", StringComparison.Ordinal));
        Assert.Contains(log, l => l.EndsWith("fail [attempt 2] Step 'Fit' failed: System.InvalidOperationException: singular", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("System.InvalidOperationException: singular", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CodeFingerprints_AreRecordedOncePerStepAndVersion()
    {
        var store = TestStores.NewPath();
        var run = await Run(Sample(), new RunOptions { StorePath = store });
        await Run(Sample(), new RunOptions { StorePath = store, UseCache = false });

        var rows = StoreDatabase.Query(store, "SELECT step, fingerprint, first_run_id FROM code_fingerprints ORDER BY step");
        Assert.Equal(
            [["Tests.Double", "fingerprint-Double", run.RunId], ["Tests.Load", "fingerprint-Load", run.RunId], ["Tests.Report", "fingerprint-Report", run.RunId]],
            rows);
    }

    [Fact]
    public async Task SourceRevision_IsReadFromThePipelineAssembly()
    {
        var store = TestStores.NewPath();
        var run = await Run(Sample(), new RunOptions { StorePath = store });

        var informational = typeof(RecordingTests).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        var plus = informational.IndexOf('+');
        using var weft = WeftStore.Open(store);
        Assert.Equal(plus < 0 ? null : informational[(plus + 1)..], weft.FindRun(run.RunId)!.SourceRevision);
    }
}
