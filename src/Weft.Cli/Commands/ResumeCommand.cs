using System.CommandLine;
using Weft.Storage;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>resume &lt;run&gt; [--no-cache] [--orchestrator name] [--store dir]</c>: continue a failed, cancelled or killed run
/// with its own parameters, seed and logical time, without recomputing the steps it completed.
/// </summary>
internal static class ResumeCommand
{
    public static Command Create(CommandLineContext context, SharedOptions shared)
    {
        var runId = new Argument<string>("run") { Description = "The run's id, or a prefix only it has." };
        var noCache = new Option<bool>("--no-cache") { Description = "Compute the remaining steps even when a cached result exists." };
        var orchestrator = new Option<string?>("--orchestrator")
        {
            Description = "Where the remaining steps run (default: inprocess).",
            HelpName = "name",
        };
        var command = new Command("resume", "Resume a failed, cancelled or killed run from the steps it completed.") { runId, noCache, orchestrator };
        CommandAction.Set(command, context, async (parse, cancellationToken) =>
        {
            var storeOption = parse.GetValue(shared.Store);
            var id = parse.GetValue(runId)!;
            var orchestratorName = parse.GetValue(orchestrator);
            RunCommand.CheckOrchestrator(orchestratorName);
            RunRecord run;
            using (var store = StoreAccess.OpenExisting(storeOption, $"run '{id}'"))
            {
                run = StoreAccess.Read(() => store.FindRun(id))
                    ?? throw CommandLineException.NotFound($"No run '{id}' in the store at {store.Path}. List runs with 'runs list'.");
            }

            CheckResumable(run);
            if (!PipelineCatalog.TryGet(run.Pipeline, out var definition))
            {
                throw CommandLineException.Usage(
                    $"Run {run.RunId} is a run of pipeline '{run.Pipeline}', which is not in this program. Known pipelines: {string.Join(", ", PipelineCatalog.Names)}.");
            }

            var options = new RunOptions { UseCache = !parse.GetValue(noCache), StorePath = storeOption, Orchestrator = orchestratorName };
            RunCommand.CheckRunnable(definition, options);
            return await RunCommand.ExecuteAsync(context, definition, $"Resuming {run.RunId} of {definition.Name}",
                progress => ResumeAsync(definition, run.RunId, options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        });
        return command;
    }

    private static void CheckResumable(RunRecord run)
    {
        if (run.Status == RunStatus.Succeeded)
        {
            throw CommandLineException.Usage(
                $"Run {run.RunId} of {run.Pipeline} already succeeded: there is nothing to resume. To compute it again, start a new run: " +
                $"'run {run.Pipeline} --no-cache' with the same parameters ('runs show {run.RunId}' lists them).");
        }

        if (run.Status == RunStatus.Running && !run.Abandoned)
        {
            throw CommandLineException.Usage($"Run {run.RunId} of {run.Pipeline} is still running{(run.Owner is null ? string.Empty : " in process " + run.Owner)}.");
        }
    }

    private static async Task<PipelineRun> ResumeAsync(PipelineDefinition definition, string runId, RunOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await PipelineRunner.ResumeAsync(definition, runId, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
        {
            // The runtime re-checks what CheckResumable checked (another process may have resumed the run meanwhile).
            throw CommandLineException.Usage(ex.Message);
        }
    }
}
