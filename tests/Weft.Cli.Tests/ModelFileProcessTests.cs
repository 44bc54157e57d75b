using Weft.Cli.Tests.Infrastructure;
using Weft.Storage;

namespace Weft.Cli.Tests;

/// <summary><c>ArtifactFile</c>/<c>ArtifactDirectory</c> outputs under <c>--orchestrator process</c>: each step in its own process.</summary>
public sealed class ModelFileProcessTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private string StorePath(string name) => Path.Combine(_work.Path, name);

    [Fact]
    public async Task ModelFilesAndFolders_CrossProcesses_WithTheSameArtifactIdsAsInProcess()
    {
        var inProcess = await TestApp.RunAsync(_work.Path, "run", "ModelFiles", "--store", StorePath("inprocess"));
        var launched = await TestApp.RunAsync(_work.Path, "run", "ModelFiles", "--orchestrator", "process", "--store", StorePath("process"));

        Assert.True(inProcess.ExitCode == 0, inProcess.ToString());
        Assert.True(launched.ExitCode == 0, launched.ToString());
        var expected = Outputs(StorePath("inprocess"));
        Assert.Equal(3, expected.Count);
        // Evaluate read the file and the folder back from the store in its own process, and computed the same string.
        Assert.Equal(expected, Outputs(StorePath("process")));
    }

    [Fact]
    public async Task AFileTheStepNeverWrote_FailsTheRun_NamingTheStepAndThePath()
    {
        var result = await TestApp.RunAsync(_work.Path, "run", "ModelFiles", "--param", "forget=true", "--orchestrator", "process", "--store", StorePath("store"));

        Assert.Equal(ExitCodes.RunFailed, result.ExitCode);
        Assert.Contains("Step 'Train' returned ArtifactFile 'model.bin', but there is no file at '", result.Error, StringComparison.Ordinal);
    }

    private static List<string> Outputs(string store)
    {
        using var weft = WeftStore.OpenExisting(store);
        var run = weft.GetRun(weft.ListRuns().Single().RunId)!;
        return [.. run.Steps.SelectMany(s => s.Outputs.Select(o => $"{s.Node}.{o.Name}={o.ArtifactId}")).Order(StringComparer.Ordinal)];
    }
}
