using Weft.Cli.Tests.Infrastructure;
using Weft.Storage;

namespace Weft.Cli.Tests;

/// <summary>
/// <c>step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;dir&gt;</c> in the test app, a real program: a task prepared from
/// an in-process run gives the same artifact the in-process run recorded.
/// </summary>
public sealed class StepCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    private string Store => Path.Combine(_work.Path, "store");

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Step_RunsFromItsTask_AndStoresTheSameArtifactAsInProcess_OnceEvenWhenRepeated()
    {
        var run = await TestApp.RunAsync(_work.Path, "run", "Greeting", "--param", "name=Weft", "--param", "repeat=3", "--store", Store);
        Assert.True(run.ExitCode == 0, run.ToString());
        RunDetails details;
        using (var store = WeftStore.OpenExisting(Store))
        {
            details = store.GetRun(store.ListRuns().Single().RunId)!;
            var composed = details.Steps.Single(s => s.Node == "Compose").Outputs.Single();
            // Small artifacts live in the database; the orchestrator exports a step process's inputs as object files.
            ExportObject(composed.ArtifactId, store.ReadArtifactBytes(composed.ArtifactId));
        }

        var repeat = details.Steps.Single(s => s.Node == "Repeat");
        var files = new StepTaskFiles(Store, details.Run.RunId, "Repeat");
        var composedOutput = details.Steps.Single(s => s.Node == "Compose").Outputs.Single();
        await files.WriteTaskAsync(new StepTask
        {
            Pipeline = "Greeting",
            Step = "Repeat",
            RunId = details.Run.RunId,
            Attempt = 1,
            Seed = details.Run.Seed,
            LogicalTime = details.Run.LogicalTime,
            CodeFingerprint = repeat.CodeFingerprint!,
            Parameters = [new StepTaskParameter("repeat", "repeat", details.Run.Parameters.Single(p => p.Name == "repeat").Value)],
            Inputs = [new StepTaskInput("text", composedOutput.ArtifactId, composedOutput.Size, ObjectPath(composedOutput.ArtifactId))],
        });

        var first = await TestApp.RunAsync(_work.Path, "step", "Greeting", "Repeat", "--run", details.Run.RunId, "--store", Store);
        var second = await TestApp.RunAsync(_work.Path, "step", "Greeting", "Repeat", "--run", details.Run.RunId, "--store", "file://" + Store);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal($"Step 'Repeat' of run {details.Run.RunId} succeeded (attempt 1): 1 output stored.\n", first.Output);
        var result = files.TryReadResult()!;
        Assert.Equal(StepResultStatus.Succeeded, result.Status);
        Assert.Equal(repeat.Outputs.Single().ArtifactId, Assert.Single(result.Outputs).ArtifactId);
        Assert.Equal("hello Weft".Length * 3, Assert.Single(result.Metrics).Value);
        var objects = Directory.GetFiles(Path.Combine(Store, "objects"), "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "tmp").ToList();
        Assert.Equal(2, objects.Count);
        Assert.Contains(Path.Combine(Store, result.Outputs[0].Path), objects);
    }

    [Fact]
    public async Task MissingStore_ExitsWithTheStoreError()
    {
        var result = await TestApp.RunAsync(_work.Path, "step", "Greeting", "Repeat", "--run", "r1", "--store", Store);

        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.Equal($"There is no store at {Store}: a step process reads its task from the store the orchestrator prepared (a shared volume in Kubernetes); pass that folder with --store.",
            result.SingleError());
    }

    [Fact]
    public async Task UnknownPipelineOrStep_IsAUsageError_AndAMissingTaskIsNotFound()
    {
        Directory.CreateDirectory(Store);

        var pipeline = await TestApp.RunAsync(_work.Path, "step", "Nope", "Repeat", "--run", "r1", "--store", Store);
        var step = await TestApp.RunAsync(_work.Path, "step", "Greeting", "Nope", "--run", "r1", "--store", Store);
        var task = await TestApp.RunAsync(_work.Path, "step", "Greeting", "Repeat", "--run", "r1", "--store", Store);

        Assert.Equal(ExitCodes.UsageError, pipeline.ExitCode);
        Assert.StartsWith("Unknown pipeline 'Nope'. Known pipelines: ", pipeline.SingleError(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, step.ExitCode);
        Assert.Equal("Pipeline 'Greeting' has no step 'Nope'. Steps: Compose, Repeat.", step.SingleError());
        Assert.Equal(ExitCodes.NotFound, task.ExitCode);
        Assert.StartsWith($"There is no task for step 'Repeat' of run r1 at {Path.Combine(Store, "tasks", "r1", "Repeat", "task.json")}: ", task.SingleError(), StringComparison.Ordinal);
    }

    private static string ObjectPath(string id) => $"objects/{id[7..9]}/{id[9..]}";

    private void ExportObject(string id, byte[] bytes)
    {
        var path = Path.Combine(Store, ObjectPath(id));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
