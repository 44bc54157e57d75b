using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Weft.Storage;

namespace Weft;

/// <summary>
/// Runs an attempt in a step process of its own: prepares the step's task in the store (its inputs as object files, the
/// task file), has a <see cref="StepLauncher"/> run <c>app step …</c>, then collects the result file into the run (checked
/// outputs, artifact rows, metrics, the process's console in the step's log).
/// </summary>
internal sealed class LaunchedAttemptRunner(StepLauncher launcher) : StepAttemptRunner
{
    public override bool TakesValues => false;

    /// <summary>Imports the run's data files into the store when the step processes do not see this machine's files.</summary>
    public override Task PrepareRunAsync(PipelineDefinition definition, ParameterValues values, StoreLayout layout, CancellationToken cancellationToken)
        => launcher.SharesFileSystem ? Task.CompletedTask : DataFileImport.ImportAsync(definition, values, layout, cancellationToken);

    public override async ValueTask<(OutputSlot[] Slots, ArtifactRow[]? Rows)> RunAsync(StepAttempt attempt, CancellationToken cancellationToken)
    {
        var recorder = attempt.Recorder ?? throw new InvalidOperationException($"Step '{attempt.Node.Name}' cannot run in a process of its own without a store.");
        var settings = attempt.Settings;
        var node = attempt.Node;
        var files = new StepTaskFiles(recorder.StorePath, settings.RunId, node.Name);
        var task = Prepare(attempt);
        files.Reset();
        await files.WriteTaskAsync(task, cancellationToken).ConfigureAwait(false);

        // The step process appends to the step's log; this side's writer reopens it at its end afterwards.
        attempt.Logger?.Release();
        int exitCode;
        try
        {
            exitCode = await launcher.LaunchAsync(new StepLaunch(settings.Plan.Definition, node, task, files), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            AppendConsole(files, attempt.Logger);
        }

        attempt.Logger?.Record(exitCode == 0 ? LogLevel.Information : LogLevel.Warning, $"The step process {ExitCodeText.Describe(exitCode)}.", null);
        var result = files.TryReadResult();
        if (result is null || result.Attempt != attempt.Number || !string.Equals(result.RunId, task.RunId, StringComparison.Ordinal))
        {
            var log = attempt.Logger?.WrittenPath is { } path ? recorder.Layout.Absolute(path) : files.StderrPath;
            throw new StepProcessException($"{ExitCodeText.Describe(exitCode)} without a result; see {log}", exitCode: exitCode);
        }

        TakeNotes(attempt, result);
        switch (result.Status)
        {
            case StepResultStatus.Succeeded:
                return Collect(attempt, recorder, result);
            case StepResultStatus.Cancelled:
                cancellationToken.ThrowIfCancellationRequested();
                throw new StepProcessException($"was stopped from outside its run ({ExitCodeText.Describe(exitCode)})", exitCode: exitCode);
            default:
                var error = result.Error ?? new StepResultError(typeof(InvalidOperationException).FullName!, "The step process reported a failure without an error.", null);
                throw new StepProcessException(error.Message, error.Type, error.StackTrace);
        }
    }

    /// <summary>The image, metrics and metadata a step process reported, into the attempt's context as a step in process leaves them.</summary>
    internal static void TakeNotes(StepAttempt attempt, StepResult result)
    {
        attempt.Context.Image = result.Image;
        foreach (var metric in result.Metrics)
        {
            attempt.Context.AddMetric(metric.Name, metric.Value);
        }

        foreach (var entry in result.Metadata)
        {
            attempt.Context.AddMetadata(entry.Key, entry.Value);
        }
    }

    private StepTask Prepare(StepAttempt attempt)
    {
        var settings = attempt.Settings;
        var node = attempt.Node;
        var parameters = new List<StepTaskParameter>();
        var sources = attempt.Plan.Inputs;
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i].Kind == InputSourceKind.Parameter)
            {
                var files = launcher.SharesFileSystem ? null : settings.ParameterValues?.Files[sources[i].Source];
                parameters.Add(new StepTaskParameter(node.Inputs[i].Name, settings.Plan.Definition.Parameters[sources[i].Source].Name,
                    settings.ParameterValues?.Serialized[sources[i].Source])
                {
                    Files = files is null ? null : DataFileImport.Entries(files),
                });
            }
        }

        return new StepTask
        {
            Pipeline = settings.Plan.Definition.Name,
            Step = node.Name,
            RunId = settings.RunId,
            Attempt = attempt.Number,
            Seed = settings.Seed,
            LogicalTime = settings.LogicalTime,
            CodeFingerprint = node.CodeFingerprint,
            Repair = attempt.Replace,
            Parameters = parameters,
            Inputs = attempt.Inputs.Files ?? [],
        };
    }

    /// <summary>Checks each output the step process reports against the step and the store, and makes its slot and artifact row.</summary>
    internal static (OutputSlot[] Slots, ArtifactRow[]? Rows) Collect(StepAttempt attempt, RunRecorder recorder, StepResult result)
    {
        var node = attempt.Node;
        if (result.Outputs.Count != node.Outputs.Count)
        {
            throw new StepProcessException($"returned {result.Outputs.Count} outputs from its process, but the step has {node.Outputs.Count}.");
        }

        var slots = new OutputSlot[result.Outputs.Count];
        var rows = new ArtifactRow[result.Outputs.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            var reported = result.Outputs[i];
            var output = node.Outputs[i];
            if (!string.Equals(reported.Name, output.Name, StringComparison.Ordinal)
                || !string.Equals(reported.SchemaFingerprint, output.Serializer.SchemaFingerprint, StringComparison.Ordinal)
                || !ContentHash.IsFullId(reported.ArtifactId))
            {
                throw new StepProcessException(
                    $"returned output '{reported.Name}' (schema {reported.SchemaFingerprint}, id {reported.ArtifactId}) from its process, where output '{output.Name}' with schema {output.Serializer.SchemaFingerprint} was expected: the step process runs other code.");
            }

            var artifact = new ArtifactRef(reported.ArtifactId, reported.Size, IsFile: true);
            if (!recorder.LooksIntact(artifact))
            {
                throw new StepProcessException(string.Create(CultureInfo.InvariantCulture,
                    $"reported output '{output.Name}' as {reported.ArtifactId} ({reported.Size} bytes), but the store has no such object file at {recorder.Layout.Absolute(ObjectStore.RelativePath(reported.ArtifactId))}: is the store shared with the step process?"));
            }

            slots[i] = new OutputSlot(artifact);
            rows[i] = new ArtifactRow
            {
                Id = reported.ArtifactId,
                TypeName = output.TypeName,
                SchemaFingerprint = output.Serializer.SchemaFingerprint,
                Size = reported.Size,
                Uri = ObjectStore.RelativePath(reported.ArtifactId),
                Output = output.Name,
                Replace = attempt.Replace,
            };
        }

        return (slots, rows);
    }

    /// <summary>Appends what the step process wrote to its console to the step's log, where a failure's message points.</summary>
    private static void AppendConsole(StepTaskFiles files, StepLogger? logger)
    {
        if (logger is null)
        {
            return;
        }

        foreach (var (path, stream) in new[] { (files.StdoutPath, "standard output"), (files.StderrPath, "standard error") })
        {
            string text;
            try
            {
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                continue;
            }

            if (text.Length > 0)
            {
                logger.Record(stream == "standard error" ? LogLevel.Warning : LogLevel.Information, $"The step process's {stream}:{Environment.NewLine}{text.TrimEnd()}", null);
            }
        }
    }
}
