using System.CommandLine;
using Weft.Cli.Parameters;
using Weft.Storage;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;dir&gt;</c>: the step contract that the <c>process</c> and
/// <c>kubernetes</c> orchestrators launch. Runs one attempt of one step from the task the orchestrator wrote into the store,
/// and writes its outputs and result file there (see docs/concepts/step-contract.md).
/// </summary>
internal static class StepCommand
{
    public static Command Create(CommandLineContext context, SharedOptions shared)
    {
        var pipeline = new Argument<string>("pipeline") { Description = "The pipeline the step belongs to." };
        var step = new Argument<string>("step") { Description = "The step (node) to run." };
        var run = new Option<string>("--run")
        {
            Description = "The id of the run the step belongs to.",
            HelpName = "run",
            Required = true,
        };
        var prepare = new Option<bool>("--prepare")
        {
            Description = "Prepare the task from the run's parameters (--param) and the results of the steps it reads from, as no orchestrator "
                + "does it (rendered Jobs, Argo Workflows); the first step of the run records what all its steps share in tasks/<run>/run.json.",
        };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "With --prepare: a pipeline parameter, as name=value (repeat for several; every step of a run gets the same ones).",
            HelpName = "name=value",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var seed = SeedOption.Create("With --prepare: the run seed every step's Step.Seed derives from (default: the fixed seed 'run' uses; every step of a run gets the same one).");
        var waitUpstream = new Option<int>("--wait-upstream")
        {
            Description = "With --prepare: wait up to this many seconds for the steps it reads from to succeed (default: 0, do not wait).",
            HelpName = "seconds",
        };
        waitUpstream.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--wait-upstream must be 0 or more seconds.");
            }
        });
        var command = new Command("step", "Run one step of a run from the task its orchestrator prepared in the store (the process and pod contract), "
            + "or, with --prepare, from the results of the steps before it.")
        {
            pipeline, step, run, prepare, parameters, seed, waitUpstream,
        };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(prepare) && ((result.GetValue(parameters)?.Length ?? 0) > 0 || result.GetValue(waitUpstream) != 0 || result.GetValue(seed) is not null))
            {
                result.AddError("--param, --seed and --wait-upstream go with --prepare: without it the step reads the task its orchestrator wrote.");
            }
        });
        CommandAction.Set(command, context, async (parse, cancellationToken) =>
        {
            var storePath = StorePathOf(parse.GetValue(shared.Store));
            StepResult result;
            try
            {
                if (parse.GetValue(prepare))
                {
                    var definition = PipelineLookup.Find(parse.GetValue(pipeline));
                    var arguments = ParameterBinder.Bind(definition, parse.GetValue(parameters) ?? []);
                    await StepTaskPreparer.PrepareAsync(definition, parse.GetValue(step)!, parse.GetValue(run)!, storePath, arguments,
                        TimeSpan.FromSeconds(parse.GetValue(waitUpstream)), parse.GetValue(seed), cancellationToken).ConfigureAwait(false);

                    // No orchestrator watches the clock for a step that prepared its own task: it keeps its own time limit.
                    result = await StepTaskRunner.RunAsync(definition, parse.GetValue(step)!, parse.GetValue(run)!, storePath, enforceTimeLimit: true, cancellationToken)
                        .ConfigureAwait(false);
                }
                else
                {
                    result = await StepTaskRunner.RunAsync(parse.GetValue(pipeline)!, parse.GetValue(step)!, parse.GetValue(run)!, storePath, cancellationToken)
                        .ConfigureAwait(false);
                }
            }
            catch (StepTaskException ex)
            {
                throw new CommandLineException(ExitCodeOf(ex.Problem), ex.Message, ex);
            }

            switch (result.Status)
            {
                case StepResultStatus.Succeeded:
                    context.Output.WriteLine($"Step '{result.Step}' of run {result.RunId} succeeded (attempt {result.Attempt}): {Plural.Of(result.Outputs.Count, "output")} stored.");
                    return ExitCodes.Success;
                case StepResultStatus.Cancelled:
                    context.WriteError($"Step '{result.Step}' of run {result.RunId} was cancelled.");
                    return ExitCodes.Cancelled;
                default:
                    context.WriteError($"Step '{result.Step}' failed: {result.Error?.Type}: {result.Error?.Message}");
                    return ExitCodes.RunFailed;
            }
        });
        return command;
    }

    /// <summary>The store folder from <c>--store</c> (a path or a <c>file://</c> URI), else <c>WEFT_STORE</c>, else <c>.weft</c>.</summary>
    internal static string StorePathOf(string? option)
    {
        if (option is not null && option.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            option = Uri.TryCreate(option, UriKind.Absolute, out var uri) && uri.IsFile
                ? uri.LocalPath
                : throw CommandLineException.Usage($"--store '{option}' is not a valid file:// URI.");
        }
        else if (option is not null && option.Contains("://", StringComparison.Ordinal))
        {
            throw CommandLineException.Usage($"--store '{option}' is not a folder: only local paths and file:// URIs are supported.");
        }

        return WeftStore.ResolvePath(option);
    }

    private static int ExitCodeOf(StepTaskProblem problem) => problem switch
    {
        StepTaskProblem.StoreMissing => ExitCodes.StoreError,
        StepTaskProblem.TaskMissing => ExitCodes.NotFound,
        StepTaskProblem.TaskInvalid => ExitCodes.StoreError,
        StepTaskProblem.UpstreamMissing => ExitCodes.NotFound,
        StepTaskProblem.UpstreamInvalid => ExitCodes.StoreError,
        StepTaskProblem.RunMismatch => ExitCodes.StoreError,
        _ => ExitCodes.UsageError,
    };
}
