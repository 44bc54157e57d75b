using Weft.Cli.Tests.Infrastructure;
using Weft.Storage;

namespace Weft.Cli.Tests;

/// <summary><c>artifacts show</c> of an <c>ArtifactFile</c> or <c>ArtifactDirectory</c>: what the archive holds, and how to get it back.</summary>
public sealed class ArtifactArchiveViewTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task AModelFolder_IsShownAsItsEntries_WithTheCommandsThatUnpackIt()
    {
        var store = Path.Combine(_work.Path, "store");
        var run = await TestApp.RunAsync(_work.Path, "run", "ModelFiles", "--param", "size=12", "--store", store);
        Assert.True(run.ExitCode == 0, run.ToString());
        string folder, file;
        using (var weft = WeftStore.OpenExisting(store))
        {
            var steps = weft.GetRun(weft.ListRuns().Single().RunId)!.Steps;
            folder = steps.Single(s => s.Node == "Export").Outputs.Single().ArtifactId;
            file = steps.Single(s => s.Node == "Train").Outputs.Single().ArtifactId;
        }

        var shownFolder = await TestApp.RunAsync(_work.Path, "artifacts", "show", folder, "--store", store);
        var shownFile = await TestApp.RunAsync(_work.Path, "artifacts", "show", file, "--store", store);

        Assert.True(shownFolder.ExitCode == 0, shownFolder.ToString());
        Assert.Equal(
            [
                "Value:",
                "  A tar archive of 3 entries (save it with --output saved_model.tar, then 'tar -xf saved_model.tar'):",
                "    saved_model/",
                "    saved_model/variables/",
                "    saved_model/variables/variables.index  2 B",
            ],
            shownFolder.OutputLines.SkipWhile(l => l != "Value:"));
        Assert.Equal(
            ["Value:", "  A tar archive of 1 entry (save it with --output model.bin.tar, then 'tar -xf model.bin.tar'):", "    model.bin  12 B"],
            shownFile.OutputLines.SkipWhile(l => l != "Value:"));
    }
}
