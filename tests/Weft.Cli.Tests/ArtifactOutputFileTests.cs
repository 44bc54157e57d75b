using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary>
/// <c>artifacts show --output</c> and <c>image containerfile --output</c>: the file is written whole or the command says why
/// in one line, and the listing no longer tells to do what is being done.
/// </summary>
public sealed class ArtifactOutputFileTests : IDisposable
{
    private readonly TempDirectory _store = new();
    private readonly TempDirectory _files = new();

    public void Dispose()
    {
        _store.Dispose();
        _files.Dispose();
    }

    [Fact]
    public async Task Saving_WritesTheBytes_LeavesNothingElse_AndDropsTheSaveHint()
    {
        var blob = await BlobArtifactAsync();
        var target = Path.Combine(_files.Path, "blob.bin");
        File.WriteAllText(target, "an older file of that name");

        var saved = await Shell.RunAsync("artifacts", "show", blob, "--output", target, "--store", _store.Path);

        Assert.True(saved.ExitCode == 0, saved.ToString());
        Assert.Equal(new byte[] { 0x00, 0x01, 0xfe, 0xff }, File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(_files.Path));
        Assert.Equal("  4 bytes, not JSON; starts 0001feff", saved.OutputLines[^2]);
        Assert.Equal($"Wrote 4 bytes to {target}.", saved.OutputLines[^1]);
        Assert.DoesNotContain("--output", saved.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderThatDoesNotExist_IsOneUsageError()
    {
        var blob = await BlobArtifactAsync();
        var target = Path.Combine(_files.Path, "missing", "blob.bin");

        var result = await Shell.RunAsync("artifacts", "show", blob, "--output", target, "--store", _store.Path);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.StartsWith($"Cannot write --output '{target}': ", result.SingleError(), StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task AContainerfileIntoAFolderThatDoesNotExist_IsOneUsageError_NotABug()
    {
        var target = Path.Combine(_files.Path, "missing", "Containerfile");

        var result = await Shell.RunAsync("image", "containerfile", "--output", target);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.StartsWith($"Cannot write --output '{target}': ", result.SingleError(), StringComparison.Ordinal);
    }

    private async Task<string> BlobArtifactAsync()
    {
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Notes", "--store", _store.Path));
        var shown = await Shell.RunAsync("runs", "show", runId, "--store", _store.Path);
        return shown.OutputLines.Single(l => l.StartsWith("  Blob.value ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
    }
}
