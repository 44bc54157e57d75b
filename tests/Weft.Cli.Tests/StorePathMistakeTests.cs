using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary>A <c>--store</c> that names a file: every command says so with the store exit code, none reports "no store yet".</summary>
public sealed class StorePathMistakeTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("runs", "list")]
    [InlineData("runs", "show", "2026")]
    [InlineData("artifacts", "show", "sha256:ab")]
    [InlineData("lineage", "2026")]
    [InlineData("resume", "2026")]
    public async Task Reading_FromAFile_IsAStoreError(params string[] args)
    {
        var file = _work.File("weft.txt", "notes");

        var error = await Shell.FailsAsync(ExitCodes.StoreError, [.. args, "--store", file]);

        Assert.Equal($"The store at {file} is a file, not a folder: name the folder that holds the store (--store DIR or WEFT_STORE).", error);
    }

    [Fact]
    public async Task Running_IntoAFile_IsAStoreError_BeforeAnyOutput()
    {
        var file = _work.File("weft.txt", "notes");

        var result = await Shell.RunAsync("run", "Arithmetic", "--store", file);

        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal($"The store at {file} is a file, not a folder: name a folder for the store (a new one, or one that holds a store).", result.SingleError());
        Assert.Equal("notes", File.ReadAllText(file));
    }
}
