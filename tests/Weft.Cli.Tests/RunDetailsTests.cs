using System.Text.RegularExpressions;
using Weft.Cli.Tests.Infrastructure;
using Weft.Cli.Tests.Pipelines;

namespace Weft.Cli.Tests;

/// <summary>
/// What <c>runs show</c> tells a user beyond the basics: the metadata steps logged, how many attempts a failed step had,
/// and why the cache was off.
/// </summary>
public sealed class RunDetailsTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Metadata_TheStepsLogged_IsShown_OnOneLineEach()
    {
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Audited", "-p", "mode=words", "--store", _store.Path));

        var shown = await Shell.RunAsync("runs", "show", runId, "--store", _store.Path);

        Assert.Equal(
            ["Metadata:", "  Inspect  mode      Words", "  Inspect  reviewer  first line second line"],
            shown.OutputLines.SkipWhile(l => l != "Metadata:").Take(3));
    }

    [Fact]
    public async Task AFailedStepThatWasRetried_SaysHowManyAttemptsItHad()
    {
        var failed = await Shell.RunAsync("run", "Audited", "-p", "fail=true", "--store", _store.Path);
        Assert.True(failed.ExitCode == ExitCodes.RunFailed, failed.ToString());

        var shown = await Shell.RunAsync("runs", "show", StoreCommandTests.RunIdOf(failed), "--store", _store.Path);

        Assert.Contains(shown.OutputLines, l => Regex.IsMatch(l, @"^  Publish  failed     \d+ ms +after 2 attempts: System\.InvalidOperationException: the gate stays closed$"));
        Assert.Contains("  Cache         on", shown.OutputLines);
    }

    [Fact]
    public async Task CacheOff_NamesNoCache_OnlyWhenARunCouldHaveReadTheCache()
    {
        var noCache = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Audited", "--no-cache", "--store", _store.Path));
        Assert.Contains("  Cache         off (--no-cache)", (await Shell.RunAsync("runs", "show", noCache, "--store", _store.Path)).OutputLines);

        // Steps that prepared their own tasks, as the rendered Jobs or an Argo Workflow run them, then recorded: no one
        // passed --no-cache, they simply could not read the cache.
        const string standalone = "20261129-020000-abcdef";
        foreach (var step in new[] { "Inspect", "Publish" })
        {
            await StepTaskPreparer.PrepareAsync(Audited.Definition, step, standalone, _store.Path, new Dictionary<string, object?>(), TimeSpan.Zero);
            await StepTaskRunner.RunAsync(Audited.Definition, step, standalone, _store.Path);
        }

        var recorded = await StandaloneRunRecorder.RecordAsync(Audited.Definition, standalone, _store.Path, "argo", TimeSpan.Zero);
        Assert.Equal(RunStatus.Succeeded, recorded.Status);

        var shown = await Shell.RunAsync("runs", "show", standalone, "--store", _store.Path);
        Assert.Contains("  Cache         off (its steps ran on their own, without reading the cache)", shown.OutputLines);
        Assert.Contains("  Orchestrator  argo", shown.OutputLines);
    }
}
