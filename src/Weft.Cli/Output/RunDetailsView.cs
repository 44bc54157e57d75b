using System.Globalization;
using Weft.Storage;

namespace Weft.Cli.Output;

/// <summary>What <c>runs show</c> prints: the run's record, parameters, steps, outputs and metrics.</summary>
internal static class RunDetailsView
{
    // The orchestrators Weft ships; a program may not have registered them all (kubernetes comes with Weft.Kubernetes).
    private static readonly string[] s_cachingOrchestrators = ["inprocess", "process", "kubernetes"];

    public static void Write(TextWriter output, RunDetails details, string storePath)
    {
        var run = details.Run;
        output.WriteLine("Run " + run.RunId);
        var fields = new List<string[]>
        {
            new[] { "Pipeline", $"{run.Pipeline} ({run.PipelineType})" },
            new[] { "Status", Texts.Status(run) },
            new[] { "Started", Texts.Time(run.StartedAt) },
            new[] { "Finished", run.FinishedAt is null ? "-" : $"{Texts.Time(run.FinishedAt)} ({Texts.Duration(run)})" },
            new[] { "Logical time", Texts.Time(run.LogicalTime) },
            new[] { "Seed", run.Seed.ToString(CultureInfo.InvariantCulture) },
            new[] { "Cache", run.UseCache ? "on" : CacheOff(run.Orchestrator) },
        };
        AddIfSet(fields, "Name", run.Name);
        AddIfSet(fields, "Source", run.SourceRevision);
        AddIfSet(fields, "Orchestrator", run.Orchestrator);
        AddIfSet(fields, "Owner", run.Owner);
        AddIfSet(fields, "Image", run.Image);
        if (run.Resumes > 0)
        {
            var latest = run.ResumedAt is { } resumedAt ? ", latest at " + Texts.Time(resumedAt) : string.Empty;
            fields.Add(["Resumed", Plural.Of(run.Resumes, "time") + latest]);
        }

        foreach (var (key, value) in run.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            fields.Add(["Tag " + key, value]);
        }

        AddIfSet(fields, "Error", run.Error is null ? null : OneLine.Of(run.Error));
        fields.Add(["Store", storePath]);
        Columns.Write(output, fields);

        if (run.Parameters.Count > 0)
        {
            output.WriteLine("Parameters:");
            Columns.Write(output, [.. run.Parameters.Select(p => new[] { p.Name, TypeText.Short(p.TypeName), p.Value ?? "null", p.ContentHash is null ? string.Empty : Ids.Short(p.ContentHash) })]);
        }

        if (details.Steps.Count > 0)
        {
            output.WriteLine("Steps:");
            Columns.Write(output, [.. details.Steps.Select(StepRow)]);
        }

        var outputs = details.Steps
            .SelectMany(s => s.Outputs.Select(o => new[] { s.Node + "." + o.Name, Ids.Short(o.ArtifactId), Texts.Size(o.Size) }))
            .ToList();
        if (outputs.Count > 0)
        {
            output.WriteLine("Outputs:");
            Columns.Write(output, outputs);
        }

        var metrics = details.Steps.SelectMany(s => s.Metrics.Select(m => new[] { s.Node, m.Key, Texts.Number(m.Value) })).ToList();
        if (metrics.Count > 0)
        {
            output.WriteLine("Metrics:");
            Columns.Write(output, metrics);
        }

        var metadata = details.Steps.SelectMany(s => s.Metadata.Select(m => new[] { s.Node, m.Key, OneLine.Of(m.Value) })).ToList();
        if (metadata.Count > 0)
        {
            output.WriteLine("Metadata:");
            Columns.Write(output, metadata);
        }

        // Steps that ran in another image than the run's (their own pods or containers), or in one while the run did not.
        var images = details.Steps.Where(s => s.Image is not null && !string.Equals(s.Image, run.Image, StringComparison.Ordinal))
            .Select(s => new[] { s.Node, s.Image! }).ToList();
        if (images.Count > 0)
        {
            output.WriteLine("Images:");
            Columns.Write(output, images);
        }

        var logs = details.Steps.Where(s => s.LogPath is not null).Select(s => new[] { s.Node, s.LogPath! }).ToList();
        if (logs.Count > 0)
        {
            output.WriteLine("Logs:");
            Columns.Write(output, logs);
        }

        output.Flush();
    }

    private static string[] StepRow(StepRunRecord step)
    {
        var detail = step.Status switch
        {
            StepStatus.Succeeded when step.Cached => step.OriginRunId is null ? string.Empty : "from run " + step.OriginRunId,
            StepStatus.Succeeded => Attempts(step),
            StepStatus.Failed when step.Attempts > 1 => $"after {step.Attempts.ToString(CultureInfo.InvariantCulture)} attempts: {StepErrorText.Cause(step.Node, step.Error)}",
            StepStatus.Failed or StepStatus.Skipped or StepStatus.Cancelled => StepErrorText.Cause(step.Node, step.Error),
            _ => string.Empty,
        };
        var ran = step.Status switch
        {
            StepStatus.Succeeded => !step.Cached,
            StepStatus.Skipped => false,
            StepStatus.Cancelled => step.Attempts > 0,
            _ => true,
        };
        var time = ran ? DurationText.Of(step.Duration) : string.Empty;
        return [step.Node, Texts.Status(step), time, detail];
    }

    // Only an orchestrator can read the cache; steps that ran on their own (the rendered Jobs, an Argo Workflow) and were
    // recorded afterwards never could, whatever the command line said.
    private static string CacheOff(string? orchestrator)
        => orchestrator is null
            || PipelineRunner.Orchestrators.Contains(orchestrator, StringComparer.OrdinalIgnoreCase)
            || s_cachingOrchestrators.Contains(orchestrator, StringComparer.OrdinalIgnoreCase)
            ? "off (--no-cache)"
            : "off (its steps ran on their own, without reading the cache)";

    private static string Attempts(StepRunRecord step)
        => step.Attempts > 1 ? step.Attempts.ToString(CultureInfo.InvariantCulture) + " attempts" : string.Empty;

    private static void AddIfSet(List<string[]> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add([name, value]);
        }
    }
}
