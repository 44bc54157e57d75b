using System.Globalization;
using Microsoft.Extensions.Logging;
using Weft.Storage;

namespace Weft;

/// <summary>
/// Stands in for a step's attempts when a run whose steps ran on their own (<c>app step … --prepare</c>) is recorded: instead
/// of running the step it takes the result file the step's last attempt left, with the same checks as for a step process the
/// engine launched, so the run, its step runs, artifacts, lineage and cache entries are recorded as an orchestrated run's are.
/// </summary>
internal sealed class RecordedResultAttemptRunner : StepAttemptRunner
{
    public override bool TakesValues => false;

    public override ValueTask<(OutputSlot[] Slots, ArtifactRow[]? Rows)> RunAsync(StepAttempt attempt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var recorder = attempt.Recorder ?? throw new InvalidOperationException($"Step '{attempt.Node.Name}' can only be recorded into a store.");
        var node = attempt.Node;
        var definition = attempt.Settings.Plan.Definition;
        var files = new StepTaskFiles(recorder.StorePath, attempt.Settings.RunId, node.Name);
        UpstreamResult state;
        try
        {
            state = UpstreamResult.Read(definition, node, files);
        }
        catch (StepTaskException ex)
        {
            throw new StepProcessException(ex.Message);
        }

        if (state.Result is not { } result)
        {
            throw new StepProcessException($"left no result at {files.ResultPath}: its pod did not finish an attempt (see the pod's log, and {files.StderrPath} if its launcher kept one).");
        }

        // The engine counts attempts as it records them: the ones before the result's own failed in their pods, and their
        // errors are in the step's log, which the pods appended to.
        var attempts = Math.Max(0, node.Policy.Retries) + 1;
        if (attempt.Number < result.Attempt && attempt.Number < attempts)
        {
            throw new StepProcessException(string.Create(CultureInfo.InvariantCulture, $"failed in attempt {attempt.Number} in its pod (its error is in the step's log)."));
        }

        LaunchedAttemptRunner.TakeNotes(attempt, result);
        var duration = result.FinishedAt - result.StartedAt;
        attempt.Context.ReportedTiming = (result.StartedAt, duration < TimeSpan.Zero ? TimeSpan.Zero : duration);
        attempt.Logger?.Record(LogLevel.Information,
            string.Create(CultureInfo.InvariantCulture, $"Recorded from {files.RelativeDirectory}/result.json: attempt {result.Attempt}, {result.Status}."), null);
        switch (result.Status)
        {
            case StepResultStatus.Succeeded:
                return ValueTask.FromResult(LaunchedAttemptRunner.Collect(attempt, recorder, result));
            case StepResultStatus.Cancelled:
                throw new StepProcessException("was stopped in its pod before it finished.");
            default:
                var error = result.Error ?? new StepResultError(typeof(InvalidOperationException).FullName!, "The step process reported a failure without an error.", null);
                throw new StepProcessException(error.Message, error.Type, error.StackTrace);
        }
    }
}
