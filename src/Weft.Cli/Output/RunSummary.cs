using System.Globalization;

namespace Weft.Cli.Output;

/// <summary>What <c>run</c> prints after the progress: the outcome, each output with a preview, and the logged metrics.</summary>
internal static class RunSummary
{
    public static void Write(TextWriter output, PipelineRun run)
    {
        var cached = run.Steps.Count(s => s.Status == StepStatus.Succeeded && s.Cached);
        var computed = run.Steps.Count(s => s.Status == StepStatus.Succeeded && !s.Cached);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run {run.RunId} of {run.Definition.Name}: {Outcome(run.Status)} in {DurationText.Of(run.Duration)} ({computed} computed, {cached} cached, {Plural.Of(run.Steps.Count, "step")})."));
        WriteOutputs(output, run);
        WriteMetrics(output, run);
        output.Flush();
    }

    private static string Outcome(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "succeeded",
        RunStatus.Failed => "failed",
        RunStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static void WriteOutputs(TextWriter output, PipelineRun run)
    {
        var rows = new List<string[]>();
        foreach (var node in run.Definition.Nodes)
        {
            foreach (var stepOutput in node.Outputs)
            {
                if (run.TryGetOutput(node.Name, stepOutput.Name, out var value))
                {
                    rows.Add([node.Name + "." + stepOutput.Name, TypeText.Short(stepOutput.TypeName), ValueText.Of(value, stepOutput.Serializer)]);
                }
            }
        }

        if (rows.Count > 0)
        {
            output.WriteLine("Outputs:");
            Columns.Write(output, rows);
        }
    }

    private static void WriteMetrics(TextWriter output, PipelineRun run)
    {
        var rows = run.Steps
            .SelectMany(step => step.Metrics.Select(metric => new[] { step.Name, metric.Key, metric.Value.ToString("R", CultureInfo.InvariantCulture) }))
            .ToList();
        if (rows.Count > 0)
        {
            output.WriteLine("Metrics:");
            Columns.Write(output, rows);
        }
    }
}
