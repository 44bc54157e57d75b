using System.Globalization;
using Weft.Storage;

namespace Weft.Cli.Output;

/// <summary>
/// What <c>run</c> and <c>resume</c> print after the progress: the outcome, each output with its artifact id and a preview,
/// the logged metrics, and where the run is stored.
/// </summary>
internal static class RunSummary
{
    // Larger artifacts are not read back just to be previewed (a model file, a table): their size is shown instead.
    private const long MaxPreviewBytes = 1024;

    public static void Write(TextWriter output, PipelineRun run)
    {
        var earlier = run.Steps.Count(s => s.Status == StepStatus.Succeeded && s.CompletedBeforeResume);
        var cached = run.Steps.Count(s => s.Status == StepStatus.Succeeded && s.Cached && !s.CompletedBeforeResume);
        var computed = run.Steps.Count(s => s.Status == StepStatus.Succeeded && !s.Cached && !s.CompletedBeforeResume);
        var kept = earlier == 0 ? string.Empty : $", {earlier} completed before the resume";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run {run.RunId} of {run.Definition.Name}: {Outcome(run.Status)} in {DurationText.Of(run.Duration)} ({computed} computed, {cached} cached{kept}, {Plural.Of(run.Steps.Count, "step")})."));
        using (var store = OpenStore(run))
        {
            WriteOutputs(output, run, store);
        }

        WriteMetrics(output, run);
        if (run.StorePath is not null)
        {
            output.WriteLine($"Stored in {run.StorePath}; inspect with 'runs show {run.RunId}', 'artifacts show <artifact>' and 'lineage <artifact>'.");
            if (run.Status is RunStatus.Failed or RunStatus.Cancelled)
            {
                output.WriteLine($"Continue it with 'resume {run.RunId}': completed steps are not run again.");
            }
        }

        output.Flush();
    }

    private static string Outcome(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "succeeded",
        RunStatus.Failed => "failed",
        RunStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static void WriteOutputs(TextWriter output, PipelineRun run, WeftStore? store)
    {
        var rows = new List<string[]>();
        foreach (var node in run.Definition.Nodes)
        {
            var step = run.Steps.FirstOrDefault(s => s.Name == node.Name);
            if (step is not { Status: StepStatus.Succeeded })
            {
                continue;
            }

            foreach (var stepOutput in node.Outputs)
            {
                var type = TypeText.Short(stepOutput.TypeName);
                var name = node.Name + "." + stepOutput.Name;
                if (step.Artifacts.TryGetValue(stepOutput.Name, out var artifactId))
                {
                    rows.Add([name, type, Ids.Short(artifactId), StoredPreview(store, artifactId)]);
                }
                else if (run.TryGetOutput(node.Name, stepOutput.Name, out var value))
                {
                    rows.Add([name, type, ValueText.Of(value, stepOutput.Serializer)]);
                }
            }
        }

        if (rows.Count > 0)
        {
            output.WriteLine("Outputs:");
            Columns.Write(output, rows);
        }
    }

    private static string StoredPreview(WeftStore? store, string artifactId)
    {
        if (store is null)
        {
            return string.Empty;
        }

        try
        {
            var artifact = store.FindArtifact(artifactId);
            if (artifact is null)
            {
                return string.Empty;
            }

            if (artifact.Size > MaxPreviewBytes)
            {
                return Texts.Size(artifact.Size);
            }

            return ValueText.Readable(store.ReadArtifactBytes(artifact.Id), maxLength: 60) ?? Texts.Size(artifact.Size);
        }
        catch (StoreException ex)
        {
            // The run is over and recorded; a preview that cannot be read says why instead of failing the command.
            return "unreadable: " + OneLine.Of(ex.Message);
        }
    }

    private static WeftStore? OpenStore(PipelineRun run)
    {
        if (run.StorePath is null || !run.Steps.Any(s => s.Artifacts.Count > 0))
        {
            return null;
        }

        try
        {
            return WeftStore.Open(run.StorePath);
        }
        catch (StoreException)
        {
            return null;
        }
    }

    private static void WriteMetrics(TextWriter output, PipelineRun run)
    {
        var rows = run.Steps
            .SelectMany(step => step.Metrics.Select(metric => new[] { step.Name, metric.Key, Texts.Number(metric.Value) }))
            .ToList();
        if (rows.Count > 0)
        {
            output.WriteLine("Metrics:");
            Columns.Write(output, rows);
        }
    }
}
