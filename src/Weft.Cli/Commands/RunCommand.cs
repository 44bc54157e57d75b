using System.CommandLine;
using Weft.Cli.Output;
using Weft.Cli.Parameters;
using Weft.Cli.Progress;

namespace Weft.Cli.Commands;

/// <summary><c>run &lt;pipeline&gt; [--param name=value]... [--no-cache] [--seed N] [--orchestrator name] [--store dir]</c>.</summary>
internal static class RunCommand
{
    public static Command Create(CommandLineContext context, SharedOptions shared)
    {
        var pipeline = new Argument<string?>("pipeline") { Description = PipelinesAndParameters(), Arity = ArgumentArity.ZeroOrOne };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A pipeline parameter, as name=value (repeat for several).",
            HelpName = "name=value",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Compute every step, even when a cached result exists." };
        var seed = SeedOption.Create("The run seed every step's Step.Seed derives from (default: a fixed seed, so reruns reproduce).");
        var orchestrator = new Option<string?>("--orchestrator")
        {
            Description = "Where steps run: " + string.Join(", ", PipelineRunner.Orchestrators) + " (default: inprocess).",
            HelpName = "name",
        };

        var command = new Command("run", "Run a pipeline and show its progress, outputs and metrics.")
        {
            pipeline, parameters, noCache, seed, orchestrator,
        };
        CommandAction.Set(command, context, async (parse, cancellationToken) =>
        {
            var definition = PipelineLookup.Find(parse.GetValue(pipeline));
            var arguments = ParameterBinder.Bind(definition, parse.GetValue(parameters) ?? []);
            var orchestratorName = parse.GetValue(orchestrator);
            CheckOrchestrator(orchestratorName);
            var options = new RunOptions
            {
                Seed = parse.GetValue(seed),
                UseCache = !parse.GetValue(noCache),
                StorePath = parse.GetValue(shared.Store),
                Orchestrator = orchestratorName,
            };
            CheckRunnable(definition, options);
            // A store that cannot be used is reported before the run starts, not after its header.
            StoreAccess.Check(parse.GetValue(shared.Store));
            return await RunAsync(context, definition, arguments, options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Task<int> RunAsync(CommandLineContext context, PipelineDefinition definition, Dictionary<string, object?> arguments,
        RunOptions options, CancellationToken cancellationToken)
        => ExecuteAsync(context, definition, $"Running {definition.Name} ({Plural.Of(definition.Nodes.Count, "step")})", async progress =>
        {
            try
            {
                return await PipelineRunner.RunAsync(definition, arguments, options with { Progress = progress }, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                // The executor checks arguments before any step runs; what it rejects is the command's input.
                throw CommandLineException.Usage(ex.Message);
            }
        });

    /// <summary>Shows <paramref name="start"/>'s progress, then the summary; the exit code says how the run ended.</summary>
    internal static async Task<int> ExecuteAsync(CommandLineContext context, PipelineDefinition definition, string header,
        Func<IProgress<StepRun>, Task<PipelineRun>> start)
    {
        context.Output.WriteLine(header);
        IRunProgress progress = context.Interactive ? LiveProgress.ForWriter(context.Output) : new PlainProgress(context.Output);
        var run = await progress.TrackAsync(definition, start).ConfigureAwait(false);
        RunSummary.Write(context.Output, run);
        switch (run.Status)
        {
            case RunStatus.Succeeded:
                return ExitCodes.Success;
            case RunStatus.Cancelled:
                context.WriteError($"Run {run.RunId} of {definition.Name} was cancelled; continue it with 'resume {run.RunId}'.");
                return ExitCodes.Cancelled;
            default:
                context.WriteError(FailureLine(run));
                return ExitCodes.RunFailed;
        }
    }

    /// <summary>
    /// The one line a failed run leaves on standard error, read on its own in a CI log: the failing step and its cause, where
    /// its log is, and how to continue once the cause is fixed.
    /// </summary>
    internal static string FailureLine(PipelineRun run)
    {
        var failed = run.Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);
        var error = OneLine.Of(run.Error ?? failed?.Error ?? "a step failed.").TrimEnd();
        var line = $"Run {run.RunId} of {run.Definition.Name} failed: {error}";
        if (failed?.LogPath is { } log && File.Exists(log) && !error.Contains(log, StringComparison.Ordinal))
        {
            // In parentheses, so that copying the path does not take a full stop with it.
            line = line.TrimEnd('.') + $" (log: {log})";
        }

        if (run.StorePath is null)
        {
            return line;
        }

        return line + (line.EndsWith('.') ? " " : ". ") + $"Fix the cause, then 'resume {run.RunId}' runs only what did not complete.";
    }

    internal static void CheckOrchestrator(string? name)
    {
        try
        {
            PipelineRunner.GetExecutor(name);
        }
        catch (NotSupportedException ex)
        {
            // The one orchestrator that is a package away: say which package, not only that it is missing.
            var hint = string.Equals(name?.Trim(), "kubernetes", StringComparison.OrdinalIgnoreCase)
                ? " It comes with the Weft.Kubernetes package: add it to this program ('dotnet add package Weft.Kubernetes')."
                : NameSuggestion.Hint(name!.Trim(), PipelineRunner.Orchestrators);
            throw CommandLineException.Usage(ex.Message + hint);
        }
    }

    /// <summary>What the orchestrator would reject (a Kubernetes step without an image) fails before the run's header, in one line.</summary>
    internal static void CheckRunnable(PipelineDefinition definition, RunOptions options)
    {
        try
        {
            PipelineRunner.GetExecutor(options.Orchestrator).CheckRunnable(definition, options);
        }
        catch (ArgumentException ex)
        {
            throw CommandLineException.Usage(ex.Message);
        }
    }

    // 'run --help' is where a new user looks for what to pass: every pipeline of the program with its parameters.
    private static string PipelinesAndParameters()
    {
        var names = PipelineCatalog.Names;
        if (names.Count == 0)
        {
            return "The pipeline to run (this program contains none).";
        }

        var pipelines = names.Select(name => PipelineCatalog.TryGet(name, out var definition)
            ? $"{name} (parameters: {ParameterDescriptions.List(definition)})"
            : name);
        return "The pipeline to run: " + string.Join("; ", pipelines) + ".";
    }
}
