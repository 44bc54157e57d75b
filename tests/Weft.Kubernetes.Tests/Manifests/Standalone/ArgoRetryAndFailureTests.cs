using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Kubernetes.Tests.Orchestration.Pipelines;
using Weft.Storage;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// Argo's retries and failures, as the exit handler records them: a task run again after a failed attempt is the step's
/// next attempt, and a Workflow that failed is recorded as a failed run naming the step and its error.
/// </summary>
public sealed class ArgoRetryAndFailureTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("weft-argo-retry-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("flaky", 0, "succeeded, 2 of 2 steps succeeded.")]
    [InlineData("fail", 1, "failed, 1 of 2 steps succeeded.")]
    public async Task ARetriedTask_IsTheStepsNextAttempt_AndTheRunIsRecordedAsItEnded(string mode, int recordExitCode, string recorded)
    {
        var runId = "20261129-001500-" + mode;
        var store = Directory.CreateDirectory(Path.Combine(_directory, mode)).FullName;
        var request = new RenderRequest { Definition = Faulty.Definition, RunId = runId, Target = RenderTarget.Argo, Parameters = [$"mode={mode}"] };
        var workflow = new RenderedWorkflow(ManifestRenderer.Render(request), store);
        Assert.Equal(["prepare", "act"], workflow.TaskOrder());

        var prepare = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.CommandOf("prepare"));
        Assert.True(prepare.ExitCode == 0, prepare.ToString());

        // retryStrategy.limit = Retries = 1: Argo runs the failed task's pod once more.
        var first = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.CommandOf("act"));
        Assert.Equal(1, first.ExitCode);
        var second = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.CommandOf("act"));
        Assert.Equal(mode == "flaky" ? 0 : 1, second.ExitCode);

        var record = await ProgramRun.RunAsync(ProgramRun.TestApp, null, workflow.ExitCommand());
        Assert.True(record.ExitCode == recordExitCode, record.ToString());
        Assert.Equal($"Recorded run {runId} of Faulty: {recorded}\n", record.Output);

        using var weft = WeftStore.Open(store);
        var details = weft.GetRun(runId)!;
        var act = details.Steps.Single(s => s.Node == "Act");
        Assert.Equal(2, act.Attempts);
        if (mode == "flaky")
        {
            Assert.Equal(RunStatus.Succeeded, details.Run.Status);
            Assert.Equal(StepStatus.Succeeded, act.Status);
        }
        else
        {
            Assert.Equal(RunStatus.Failed, details.Run.Status);
            Assert.Equal(StepStatus.Failed, act.Status);
            Assert.Equal("Step 'Act' failed: System.InvalidOperationException: deliberate failure", act.Error);
            Assert.StartsWith("Step 'Act' failed: System.InvalidOperationException: deliberate failure", record.SingleError(), StringComparison.Ordinal);
        }
    }
}
