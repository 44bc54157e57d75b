using Weft.Cli.Tests.Infrastructure;
using Weft.Storage;

namespace Weft.Cli.Tests;

/// <summary>Which store a command uses: <c>--store</c>, else <c>WEFT_STORE</c>, else <c>.weft</c> under the working directory.</summary>
public sealed class StoreLocationTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly string? _environment = Environment.GetEnvironmentVariable(WeftStore.EnvironmentVariable);
    private readonly string _workingDirectory = Environment.CurrentDirectory;

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(WeftStore.EnvironmentVariable, _environment);
        Environment.CurrentDirectory = _workingDirectory;
        _folder.Dispose();
    }

    [Fact]
    public async Task EnvironmentVariable_NamesTheStore_WhenNoOptionDoes()
    {
        var store = Path.Combine(_folder.Path, "from-environment");
        Environment.SetEnvironmentVariable(WeftStore.EnvironmentVariable, store);

        var run = await Shell.RunAsync("run", "Arithmetic");
        var runs = await Shell.RunAsync("runs");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Stored in {store};", run.Output, StringComparison.Ordinal);
        Assert.Contains(StoreCommandTests.RunIdOf(run), runs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Option_WinsOverTheEnvironmentVariable()
    {
        Environment.SetEnvironmentVariable(WeftStore.EnvironmentVariable, Path.Combine(_folder.Path, "from-environment"));
        var store = Path.Combine(_folder.Path, "from-option");

        var run = await Shell.RunAsync("run", "Arithmetic", "--store", store);

        Assert.Contains($"Stored in {store};", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "from-environment")));
    }

    [Fact]
    public async Task Default_IsDotWeftUnderTheWorkingDirectory()
    {
        Environment.SetEnvironmentVariable(WeftStore.EnvironmentVariable, null);
        Environment.CurrentDirectory = _folder.Path;

        var run = await Shell.RunAsync("run", "Arithmetic");

        Assert.Contains($"Stored in {Path.Combine(_folder.Path, ".weft")};", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Path, ".weft", "weft.db")));
    }
}
