using Weft.Cli.Tests.Infrastructure;
using Weft.Storage;

namespace Weft.Cli.Tests;

/// <summary>
/// The store-reading commands on a store that is missing, empty or corrupt, and with ids it does not hold: one error line,
/// the not-found or store exit code, and no store created where there was none.
/// </summary>
public sealed class StoreErrorTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string MissingStore => Path.Combine(_folder.Path, "nothing-here");

    [Fact]
    public async Task RunsList_WithoutAStore_SaysSo_AndCreatesNothing()
    {
        var result = await Shell.RunAsync("runs", "list", "--store", MissingStore);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"No runs: there is no store at {MissingStore} yet.", Assert.Single(result.OutputLines));
        Assert.False(Directory.Exists(MissingStore));
    }

    [Theory]
    [InlineData("runs", "show", "20261128")]
    [InlineData("artifacts", "show", "sha256:00ff")]
    [InlineData("lineage", "20261128")]
    public async Task Lookups_WithoutAStore_AreNotFound(params string[] args)
    {
        var error = await Shell.FailsAsync(ExitCodes.NotFound, [.. args, "--store", MissingStore]);

        Assert.Contains($"there is no store at {MissingStore} (run a pipeline first, or pass --store).", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(MissingStore));
    }

    [Fact]
    public async Task RunsShow_UnknownRun_IsNotFound()
    {
        CreateEmptyStore();

        var error = await Shell.FailsAsync(ExitCodes.NotFound, "runs", "show", "20991231-000000-abcdef", "--store", _folder.Path);

        Assert.Equal($"No run '20991231-000000-abcdef' in the store at {_folder.Path}. List runs with 'runs list'.", error);
    }

    [Fact]
    public async Task ArtifactsShow_UnknownArtifact_IsNotFound()
    {
        CreateEmptyStore();

        var error = await Shell.FailsAsync(ExitCodes.NotFound, "artifacts", "show", "sha256:0123", "--store", _folder.Path);

        Assert.Equal($"No artifact 'sha256:0123' in the store at {_folder.Path}. Artifact ids are listed by 'runs show <run>'.", error);
    }

    [Fact]
    public async Task Lineage_UnknownId_IsNotFound()
    {
        CreateEmptyStore();

        var error = await Shell.FailsAsync(ExitCodes.NotFound, "lineage", "nope", "--store", _folder.Path);

        Assert.Equal($"No run or artifact 'nope' in the store at {_folder.Path}.", error);
    }

    [Fact]
    public async Task RunsList_EmptyStore_SaysSo()
    {
        CreateEmptyStore();

        var result = await Shell.RunAsync("runs", "--store", _folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"No runs in the store at {_folder.Path}.", Assert.Single(result.OutputLines));
    }

    [Theory]
    [InlineData("runs", "list")]
    [InlineData("runs", "show", "20261128")]
    [InlineData("artifacts", "show", "sha256:00ff")]
    [InlineData("lineage", "20261128")]
    public async Task CorruptDatabase_IsAStoreError_OnOneLine(params string[] args)
    {
        File.WriteAllText(Path.Combine(_folder.Path, "weft.db"), "this is not a SQLite database, it is a text file that someone overwrote\n");

        var error = await Shell.FailsAsync(ExitCodes.StoreError, [.. args, "--store", _folder.Path]);

        Assert.StartsWith($"The store at {_folder.Path} is not usable", error, StringComparison.Ordinal);
        Assert.EndsWith("move it aside to start an empty store in that folder.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnACorruptStore_IsAStoreError_BeforeAnyOutput()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "weft.db"), "this is not a SQLite database\n");

        var result = await Shell.RunAsync("run", "Arithmetic", "--store", _folder.Path);

        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.StartsWith($"The store at {_folder.Path} is not usable: ", result.SingleError(), StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Run_WithAStoreThatCannotBeCreated_IsAStoreError()
    {
        var file = Path.Combine(_folder.Path, "a-file");
        File.WriteAllText(file, "not a folder");

        var error = await Shell.FailsAsync(ExitCodes.StoreError, "run", "Arithmetic", "--store", Path.Combine(file, "store"));

        Assert.StartsWith($"The store at {Path.Combine(file, "store")} cannot be created: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--status", "paused", "--status 'paused' is not a run status: use running, succeeded, failed or cancelled.")]
    [InlineData("--status", "1", "--status '1' is not a run status: use running, succeeded, failed or cancelled.")]
    [InlineData("--limit", "0", "--limit '0' is not a positive whole number.")]
    public async Task RunsList_BadFilter_IsAUsageError(string option, string value, string message)
    {
        var error = await Shell.FailsAsync(ExitCodes.UsageError, "runs", "list", option, value, "--store", _folder.Path);

        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunsShow_WithoutARunId_IsAUsageError()
        => Assert.Contains("run", await Shell.FailsAsync(ExitCodes.UsageError, "runs", "show"), StringComparison.Ordinal);

    private void CreateEmptyStore() => WeftStore.Open(_folder.Path).Dispose();
}
