using Weft.Storage;

namespace Weft;

/// <summary>Runs an attempt in this process: calls the generated invoker under the attempt's <see cref="Step"/> context and stores the outputs.</summary>
internal sealed class InProcessAttemptRunner : StepAttemptRunner
{
    public static InProcessAttemptRunner Instance { get; } = new();

    public override bool TakesValues => true;

    public override async ValueTask<(OutputSlot[] Slots, ArtifactRow[]? Rows)> RunAsync(StepAttempt attempt, CancellationToken cancellationToken)
    {
        var node = attempt.Node;
        object?[] values;
        using (Step.Enter(attempt.Context))
        {
            values = node.Policy.Timeout is null
                ? await node.Invoker(attempt.Inputs.Values!, cancellationToken).ConfigureAwait(false)
                : await InvokeWithLimitAsync(node, attempt.Inputs.Values!, cancellationToken).ConfigureAwait(false);
        }

        CheckOutputs(node, values);
        return await StoreOutputsAsync(attempt, values, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Calls a step that has a time limit on a pool thread and stops waiting when its token is cancelled, so that a step
    /// that blocks or ignores cancellation still fails at its limit. Such a step keeps running unobserved in the background:
    /// only the <c>process</c> orchestrator can stop it for good.
    /// </summary>
    internal static async ValueTask<object?[]> InvokeWithLimitAsync(StepNode node, object?[] arguments, CancellationToken cancellationToken)
    {
        var call = Task.Run(() => node.Invoker(arguments, cancellationToken).AsTask(), CancellationToken.None);
        try
        {
            return await call.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!call.IsCompleted)
        {
            // Observe the abandoned call's outcome, so that its eventual exception is not reported as unobserved.
            _ = call.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    private static void CheckOutputs(StepNode node, object?[]? values)
    {
        if (values is null || values.Length != node.Outputs.Count)
        {
            throw new InvalidOperationException(
                $"The invoker of step '{node.Name}' returned {(values is null ? "null" : $"{values.Length} values")} for {node.Outputs.Count} outputs.");
        }
    }

    private static async ValueTask<(OutputSlot[] Slots, ArtifactRow[]? Rows)> StoreOutputsAsync(StepAttempt attempt, object?[] values, CancellationToken cancellationToken)
    {
        var slots = new OutputSlot[values.Length];
        if (attempt.Recorder is not { } recorder)
        {
            for (var i = 0; i < values.Length; i++)
            {
                slots[i] = new OutputSlot(values[i], null);
            }

            return (slots, null);
        }

        var rows = new ArtifactRow[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var output = attempt.Node.Outputs[i];
            ArtifactRef artifact;
            try
            {
                (artifact, rows[i]) = await recorder.StoreAsync(output, values[i], attempt.Replace, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidOperationException($"Output '{output.Name}' ({output.TypeName}) could not be stored: {ex.GetType().FullName}: {ex.Message}", ex);
            }

            slots[i] = new OutputSlot(values[i], artifact);
        }

        return (slots, rows);
    }
}
