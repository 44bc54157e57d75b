using System.Text.RegularExpressions;
using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// <c>ArtifactFile</c>/<c>ArtifactDirectory</c> in the Native AOT consumer: stored and read back by the native binary, each
/// step in a child process of itself (the publish itself is checked warning-free, WEFT1005 included, by <see cref="NativeAotTests"/>).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class NativeAotModelFileTests(PackageFeed feed)
{
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromMinutes(1);

    [GeneratedRegex(@"Evaluate\.value +string +(?<id>sha256:[0-9a-f]{12})")]
    private static partial Regex EvaluatedArtifact();

    [Fact]
    public async Task NativeApp_StoresModelFilesAndFolders_AndReadsThemBackInChildProcesses()
    {
        var app = await NativeAotPublication.GetAsync(feed);
        Assert.True(app.Publish.Succeeded, app.Publish.Describe());
        string[] run = ["run", "ModelFiles", "--orchestrator", "process", "--store", "model-store"];

        var first = await app.RunAsync(s_runTimeout, run);
        Assert.True(first.Succeeded, first.Describe());
        Assert.Contains("(3 computed, 0 cached, 3 steps)", first.StandardOutput, StringComparison.Ordinal);
        var artifact = EvaluatedArtifact().Match(first.StandardOutput);
        Assert.True(artifact.Success, first.Describe());
        var shown = await app.RunAsync(s_runTimeout, "artifacts", "show", artifact.Groups["id"].Value, "--store", "model-store");
        Assert.True(shown.Succeeded, shown.Describe());
        Assert.Contains("\"model.bin:84:saved_model:8\"", shown.StandardOutput, StringComparison.Ordinal);

        var again = await app.RunAsync(s_runTimeout, run);
        Assert.True(again.Succeeded, again.Describe());
        Assert.Contains("(0 computed, 3 cached, 3 steps)", again.StandardOutput, StringComparison.Ordinal);
    }
}
