using Microsoft.Extensions.Logging;
using Weft.Storage;
using Weft.Tests.Execution;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.StepTasks;

/// <summary>The step process's side of the contract, run in this process: task in, object files and result out.</summary>
public sealed class StepTaskRunnerTests
{
    private const string RunId = "20261128-000000-abcdef";

    private static readonly PipelineDefinition s_pipeline = Pipeline(
        [Parameter("factor", "int", hasDefault: true, defaultValue: 3)],
        Node("Load", _ => 7),
        Node("Scale", args =>
        {
            Step.LogMetric("seed", Step.Seed);
            Step.LogMetadata("now", Step.Now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            Step.Logger.LogInformation("scaling");
            return (int)args[0]! * (int)args[1]! + (int)args[2]!;
        }, From("x", "Load"), Param("factor", "factor"), Const("offset", 1)),
        Node("Boom", _ => throw new IOException("disk on fire")));

    private readonly string _store = TestStores.NewPath();

    [Fact]
    public async Task Step_ReadsItsInputsAndParameters_AndStoresItsOutputAsAnObjectFile()
    {
        var input = await StoreInputAsync(7);
        await WriteTaskAsync("Scale", [new StepTaskParameter("factor", "factor", "{\"tag\":\"int\",\"value\":5}")], [input]);

        var result = await StepTaskRunner.RunAsync(s_pipeline, "Scale", RunId, _store);

        Assert.Equal(StepResultStatus.Succeeded, result.Status);
        var output = Assert.Single(result.Outputs);
        Assert.Equal("value", output.Name);
        Assert.Equal(TestValueSerializer.Instance.SchemaFingerprint, output.SchemaFingerprint);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(_store, output.Path));
        Assert.Equal(output.ArtifactId, ContentHash.Of(bytes));
        Assert.Equal(36, await ReadAsync(bytes));
        Assert.Equal(StepContext.DeriveSeed(99, "Scale"), Assert.Single(result.Metrics).Value);
        Assert.Equal("2026-11-28T12:00:00.0000000+00:00", Assert.Single(result.Metadata).Value);
        Assert.Equal($"logs/{RunId}/Scale.log", result.LogPath);
        Assert.Equal(result, new StepTaskFiles(_store, RunId, "Scale").TryReadResult()! with { Outputs = result.Outputs, Metrics = result.Metrics, Metadata = result.Metadata });
    }

    [Fact]
    public async Task AParameterWithoutAValue_TakesItsDefault()
    {
        await WriteTaskAsync("Scale", [new StepTaskParameter("factor", "factor", null)], [await StoreInputAsync(7)]);

        var result = await StepTaskRunner.RunAsync(s_pipeline, "Scale", RunId, _store);

        Assert.Equal(22, await ReadAsync(await File.ReadAllBytesAsync(Path.Combine(_store, result.Outputs[0].Path))));
    }

    [Fact]
    public async Task RunningTwice_LeavesOneObjectPerOutput_WithTheSameId()
    {
        await WriteTaskAsync("Load", [], []);

        var first = await StepTaskRunner.RunAsync(s_pipeline, "Load", RunId, _store);
        var second = await StepTaskRunner.RunAsync(s_pipeline, "Load", RunId, _store);

        Assert.Equal(first.Outputs, second.Outputs);
        Assert.Single(Directory.GetFiles(Path.Combine(_store, "objects"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AThrowingStep_WritesAFailedResult_WithTheExceptionAndItsStack()
    {
        await WriteTaskAsync("Boom", [], []);

        var result = await StepTaskRunner.RunAsync(s_pipeline, "Boom", RunId, _store);

        Assert.Equal(StepResultStatus.Failed, result.Status);
        Assert.Equal("System.IO.IOException", result.Error!.Type);
        Assert.Equal("disk on fire", result.Error.Message);
        Assert.Contains("StepTaskRunnerTests", result.Error.StackTrace, StringComparison.Ordinal);
        Assert.Contains("disk on fire", await File.ReadAllTextAsync(Path.Combine(_store, result.LogPath!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADamagedInput_FailsTheStep_NamingTheArtifact()
    {
        var input = await StoreInputAsync(7);
        await File.WriteAllTextAsync(Path.Combine(_store, input.Path), "{\"tag\":\"int\",\"value\":8}");
        await WriteTaskAsync("Scale", [], [input]);

        var result = await StepTaskRunner.RunAsync(s_pipeline, "Scale", RunId, _store);

        Assert.Equal(StepResultStatus.Failed, result.Status);
        Assert.Contains(input.ArtifactId, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherCode_ThanTheRuns_FailsTheStep()
    {
        await WriteTaskAsync("Load", [], [], fingerprint: "another-build");

        var result = await StepTaskRunner.RunAsync(s_pipeline, "Load", RunId, _store);

        Assert.Equal(StepResultStatus.Failed, result.Status);
        Assert.Contains("runs another build than the program that started the run", result.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outputs);
    }

    [Fact]
    public async Task MissingStore_UnknownStep_MissingTask_AndAnotherStepsTask_AreProblemsBeforeAnythingRuns()
    {
        var missing = await Assert.ThrowsAsync<StepTaskException>(() => StepTaskRunner.RunAsync(s_pipeline, "Load", RunId, _store));
        Assert.Equal(StepTaskProblem.StoreMissing, missing.Problem);
        Assert.Contains("pass that folder with --store", missing.Message, StringComparison.Ordinal);

        Directory.CreateDirectory(_store);
        var unknown = await Assert.ThrowsAsync<StepTaskException>(() => StepTaskRunner.RunAsync(s_pipeline, "Nope", RunId, _store));
        Assert.Equal(StepTaskProblem.UnknownStep, unknown.Problem);
        Assert.Equal("Pipeline 'Test' has no step 'Nope'. Steps: Load, Scale, Boom.", unknown.Message);

        var noTask = await Assert.ThrowsAsync<StepTaskException>(() => StepTaskRunner.RunAsync(s_pipeline, "Load", RunId, _store));
        Assert.Equal(StepTaskProblem.TaskMissing, noTask.Problem);
        Assert.StartsWith($"There is no task for step 'Load' of run {RunId} at ", noTask.Message, StringComparison.Ordinal);

        var files = new StepTaskFiles(_store, RunId, "Load");
        await files.WriteTaskAsync(Task("Scale", [], []));
        var wrong = await Assert.ThrowsAsync<StepTaskException>(() => StepTaskRunner.RunAsync(s_pipeline, "Load", RunId, _store));
        Assert.Equal(StepTaskProblem.TaskInvalid, wrong.Problem);
        Assert.Null(files.TryReadResult());
    }

    private async Task<StepTaskInput> StoreInputAsync(int value)
    {
        using var stream = new MemoryStream();
        await TestValueSerializer.Instance.WriteObjectAsync(value, stream, CancellationToken.None);
        var bytes = stream.ToArray();
        var id = ContentHash.Of(bytes);
        new ObjectStore(new StoreLayout(_store)).Write(id, bytes, replace: false);
        return new StepTaskInput("x", id, bytes.Length, ObjectStore.RelativePath(id));
    }

    private static async Task<object?> ReadAsync(byte[] bytes)
        => await TestValueSerializer.Instance.ReadObjectAsync(new MemoryStream(bytes), CancellationToken.None);

    private Task WriteTaskAsync(string step, StepTaskParameter[] parameters, StepTaskInput[] inputs, string? fingerprint = null)
        => new StepTaskFiles(_store, RunId, step).WriteTaskAsync(Task(step, parameters, inputs, fingerprint));

    private static StepTask Task(string step, StepTaskParameter[] parameters, StepTaskInput[] inputs, string? fingerprint = null) => new()
    {
        Pipeline = s_pipeline.Name,
        Step = step,
        RunId = RunId,
        Attempt = 1,
        Seed = 99,
        LogicalTime = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero),
        CodeFingerprint = fingerprint ?? s_pipeline.GetNode(step).CodeFingerprint,
        Parameters = parameters,
        Inputs = inputs,
    };
}
