using System.Globalization;

namespace Weft;

/// <summary>A step's result file read as another step that reads its outputs (or the run's recorder) needs it.</summary>
/// <param name="Kind">Where the step stands.</param>
/// <param name="Result">Its result, when it has one.</param>
/// <param name="Reason">For a step that has not succeeded: what its result file says, as the end of a sentence ("has no result yet …").</param>
internal sealed record UpstreamResult(UpstreamResultKind Kind, StepResult? Result, string Reason)
{
    /// <summary>Reads the result file of <paramref name="node"/>.</summary>
    /// <exception cref="StepTaskException">The file cannot be read, or is for another step or run (<see cref="StepTaskProblem.UpstreamInvalid"/>).</exception>
    public static UpstreamResult Read(PipelineDefinition definition, StepNode node, StepTaskFiles files)
    {
        StepResult? result;
        try
        {
            result = files.TryReadResult();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new StepTaskException(StepTaskProblem.UpstreamInvalid,
                $"The result of step '{node.Name}' of run {files.RunId} cannot be read: {ex.Message} Run step '{node.Name}' again (its Job or Argo task).", ex);
        }

        if (result is null)
        {
            return new(UpstreamResultKind.Pending, null, $"has no result yet ({files.ResultPath})");
        }

        if (!string.Equals(result.Pipeline, definition.Name, StringComparison.Ordinal) || !string.Equals(result.Step, node.Name, StringComparison.Ordinal)
            || !string.Equals(result.RunId, files.RunId, StringComparison.Ordinal))
        {
            throw new StepTaskException(StepTaskProblem.UpstreamInvalid,
                $"The result at {files.ResultPath} is for step '{result.Step}' of pipeline '{result.Pipeline}', run {result.RunId}, "
                + $"not step '{node.Name}' of pipeline '{definition.Name}', run {files.RunId}: run step '{node.Name}' again.");
        }

        if (result.Status == StepResultStatus.Succeeded)
        {
            return new(UpstreamResultKind.Succeeded, result, "succeeded");
        }

        var attempts = Math.Max(0, node.Policy.Retries) + 1;
        var what = result.Status == StepResultStatus.Cancelled
            ? "was stopped"
            : $"failed: {result.Error?.Type}: {result.Error?.Message}";
        var attempt = string.Create(CultureInfo.InvariantCulture, $"attempt {result.Attempt} of {attempts}");
        return result.Attempt >= attempts
            ? new(UpstreamResultKind.Failed, result, $"{what.TrimEnd('.')} ({attempt}).")
            : new(UpstreamResultKind.Pending, result, $"{what.TrimEnd('.')} ({attempt}; it is retried)");
    }
}
