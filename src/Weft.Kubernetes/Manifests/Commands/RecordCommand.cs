using System.CommandLine;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests.Commands;

/// <summary>
/// <c>k8s record &lt;pipeline&gt; --run &lt;id&gt; [--store dir] [--wait seconds] [--orchestrator name]</c>: records a run whose
/// steps ran on their own (rendered step Jobs, an Argo Workflow) from their result files into the store's metadata database.
/// The rendered record Job and the Workflow's exit handler run it.
/// </summary>
internal static class RecordCommand
{
    /// <summary>What a run of the rendered step Jobs records as its orchestrator.</summary>
    public const string JobsOrchestrator = "kubernetes-jobs";

    /// <summary>What a run of the rendered Argo Workflow records as its orchestrator.</summary>
    public const string ArgoOrchestrator = "argo";

    public static Command Create(CommandLineServices services)
    {
        var pipeline = new Argument<string?>("pipeline") { Description = "The pipeline of the run.", Arity = ArgumentArity.ZeroOrOne };
        var run = new Option<string>("--run") { Description = "The run's id.", HelpName = "id", Required = true };
        var wait = new Option<int>("--wait")
        {
            Description = "Wait up to this many seconds for every step to end before recording (default: 0, record what the store holds now).",
            HelpName = "seconds",
        };
        wait.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--wait must be 0 or more seconds.");
            }
        });
        var orchestrator = new Option<string?>("--orchestrator")
        {
            Description = $"What ran the steps, as the run records it (default: {JobsOrchestrator}; the Argo Workflow passes {ArgoOrchestrator}).",
            HelpName = "name",
        };
        var command = new Command("record",
            "Record a run whose steps ran on their own ('step --prepare': the rendered step Jobs or Argo Workflow) into the store's database, " +
            "from its steps' result files, so that 'runs show', 'lineage' and the cache see it.")
        {
            pipeline, run, wait, orchestrator,
        };
        services.SetAction(command, async (parse, cancellationToken) =>
        {
            var definition = services.FindPipeline(parse.GetValue(pipeline));
            var runId = parse.GetValue(run)!;
            var store = Weft.Storage.WeftStore.ResolvePath(parse.GetValue(services.Store));
            if (StandaloneRunRecorder.IsRecorded(store, runId))
            {
                services.Output.WriteLine($"Run {runId} is already recorded in the store at {store}; nothing to do.");
                services.Output.Flush();
                return ExitCodes.Success;
            }

            PipelineRun recorded;
            try
            {
                recorded = await StandaloneRunRecorder.RecordAsync(definition, runId, store, parse.GetValue(orchestrator) ?? JobsOrchestrator,
                    TimeSpan.FromSeconds(parse.GetValue(wait)), cancellationToken).ConfigureAwait(false);
            }
            catch (StepTaskException ex)
            {
                throw new CommandLineException(ex.Problem switch
                {
                    StepTaskProblem.TaskMissing => ExitCodes.NotFound,
                    StepTaskProblem.UnknownStep or StepTaskProblem.InvalidName => ExitCodes.UsageError,
                    _ => ExitCodes.StoreError,
                }, ex.Message, ex);
            }

            var steps = recorded.Steps.Count(s => s.Status == StepStatus.Succeeded);
            services.Output.WriteLine($"Recorded run {runId} of {definition.Name}: {recorded.Status.ToString().ToLowerInvariant()}, {steps} of {recorded.Steps.Count} steps succeeded.");
            services.Output.Flush();
            if (recorded.Status != RunStatus.Succeeded)
            {
                services.WriteError(recorded.Error ?? $"Run {runId} did not succeed.");
                return ExitCodes.RunFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
