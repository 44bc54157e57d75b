using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>Which folder a run records into: the option, else <c>WEFT_STORE</c>, else <c>.weft</c> under the working directory.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class StorePathTests
{
    [Fact]
    public void ExplicitPath_WinsOverTheEnvironment_AndIsMadeAbsolute()
    {
        Assert.Equal(Path.GetFullPath("some/store"), WeftStore.ResolvePath("some/store"));
        Assert.Equal(Environment.GetEnvironmentVariable("WEFT_STORE"), WeftStore.ResolvePath(null));
        Assert.Equal(Environment.GetEnvironmentVariable("WEFT_STORE"), WeftStore.ResolvePath("  "));
    }

    [Fact]
    public async Task WithoutOptionOrEnvironment_TheStoreIsDotWeftInTheWorkingDirectory()
    {
        var previous = Environment.GetEnvironmentVariable("WEFT_STORE");
        var previousDirectory = Directory.GetCurrentDirectory();
        var working = Directory.CreateDirectory(Path.Combine(TestStores.Root, Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            Environment.SetEnvironmentVariable("WEFT_STORE", null);
            Directory.SetCurrentDirectory(working);
            Assert.Equal(Path.Combine(working, ".weft"), WeftStore.ResolvePath());

            var run = await PipelineRunner.RunAsync(Pipeline(Node("A", _ => 1)), new Dictionary<string, object?>());

            Assert.Equal(Path.Combine(working, ".weft"), run.StorePath);
            Assert.True(File.Exists(Path.Combine(working, ".weft", "weft.db")));
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            Environment.SetEnvironmentVariable("WEFT_STORE", previous);
        }
    }

    [Fact]
    public async Task EnvironmentVariable_NamesTheStore_WhenNoOptionDoes()
    {
        var previous = Environment.GetEnvironmentVariable("WEFT_STORE");
        var store = TestStores.NewPath();
        try
        {
            Environment.SetEnvironmentVariable("WEFT_STORE", store);
            var run = await PipelineRunner.RunAsync(Pipeline(Node("A", _ => 1)), new Dictionary<string, object?>());

            Assert.Equal(store, run.StorePath);
            using var weft = WeftStore.Open();
            Assert.Equal(run.RunId, Assert.Single(weft.ListRuns()).RunId);
        }
        finally
        {
            Environment.SetEnvironmentVariable("WEFT_STORE", previous);
        }
    }
}
