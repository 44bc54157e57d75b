using System.Diagnostics;
using System.Globalization;
using Weft.Cli.Tests.Infrastructure;
using Weft.Storage;

namespace Weft.Cli.Tests;

/// <summary>Ctrl+C while a step ignores cancellation: the program stops anyway, says so, and the run stays resumable.</summary>
public sealed class InterruptTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task CtrlC_WithAStepThatIgnoresIt_StopsAfterTheGrace_SayingTheRunIsResumable()
    {
        // SIGINT is what Ctrl+C sends.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var store = Path.Combine(_work.Path, "store");
        var clock = new Stopwatch();
        var result = await TestApp.RunAsync(_work.Path, async (process, output) =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!output().Contains("Hold  running", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            clock.Start();
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }, "run", "Stubborn", "--store", store);
        clock.Stop();

        Assert.True(result.ExitCode == ExitCodes.Cancelled, result.ToString());
        Assert.Equal(
            "Stopped without waiting for the running steps: they did not end within 5 s of Ctrl+C. The run is recorded as killed: " +
            "find it with 'runs list' and continue it with 'resume <run>'.",
            result.SingleError());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(60));
        using var weft = WeftStore.OpenExisting(store);
        var run = Assert.Single(weft.ListRuns());
        Assert.Equal((RunStatus.Running, true), (run.Status, run.Abandoned));
    }
}
