using System.CommandLine;
using System.CommandLine.Invocation;
using Weft.Cli.Commands;

namespace Weft.Cli;

/// <summary>
/// The command line of a program whose pipelines are in <see cref="PipelineCatalog"/>: <c>run</c>, <c>runs</c>,
/// <c>resume</c>, <c>artifacts</c>, <c>lineage</c>, <c>graph</c> and <c>step</c>. The generated entrypoint of a project that sets
/// <c>&lt;WeftEntrypoint&gt;true&lt;/WeftEntrypoint&gt;</c> calls <see cref="RunAsync(string[])"/>; a hand-written
/// <c>Main</c> may call it too.
/// </summary>
public static class WeftCommandLine
{
    // How long Ctrl+C (or SIGTERM) waits for the running steps to honour cancellation before the program stops anyway.
    private static readonly TimeSpan s_terminationGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Parses <paramref name="args"/>, runs the command and returns the process exit code (see <see cref="ExitCodes"/>).
    /// Writes results to <see cref="Console.Out"/> and errors, one line each, to <see cref="Console.Error"/>; it does not
    /// throw for bad input. Progress is drawn live when standard output is a terminal and written as lines otherwise.
    /// </summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    public static Task<int> RunAsync(string[] args)
        => RunAsync(args, CommandLineContext.ForConsole(), CancellationToken.None);

    /// <summary>
    /// Adds a command to every command line built after this call, next to the built-in ones: how a package such as
    /// Weft.Kubernetes adds <c>k8s</c>. Adding a command under a name already added replaces it, so registering twice is
    /// harmless. Call it before <see cref="RunAsync(string[])"/>; the generated entrypoint does so for the packages it knows.
    /// </summary>
    /// <param name="name">The command's name, as the user types it; the command <paramref name="create"/> builds must have it.</param>
    /// <param name="create">Builds the command for one command line, with what it may use of it.</param>
    public static void AddCommand(string name, Func<CommandLineServices, Command> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        AddedCommands.Add(name, create);
    }

    internal static async Task<int> RunAsync(string[] args, CommandLineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        return await CommandAction.InvokeAsync(context, async () =>
        {
            var root = CreateRootCommand(context);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0 && parseResult.Action is ParseErrorAction)
            {
                var errors = UnknownCommand(parseResult, root) ?? string.Join(" ", parseResult.Errors.Select(e => OneLine.Of(e.Message)));
                var command = string.Join(" ", CommandPath(parseResult.CommandResult.Command, root));
                context.WriteError($"{errors}{ParameterHint(parseResult)} See '{command} --help'.");
                return ExitCodes.UsageError;
            }

            var invocation = new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = s_terminationGrace,
            };
            var exitCode = await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            if (context.ActionRunning)
            {
                // Ctrl+C cancelled the command, and a step that ignores cancellation did not end within the grace period: the
                // program stops anyway, so the user learns what became of the run.
                context.WriteError(
                    $"Stopped without waiting for the running steps: they did not end within {(int)s_terminationGrace.TotalSeconds} s of Ctrl+C. The run is recorded as killed: " +
                    "find it with 'runs list' and continue it with 'resume <run>'.");
                return ExitCodes.Cancelled;
            }

            return exitCode;
        }, cancellationToken).ConfigureAwait(false);
    }

    // 'app k8s render …' from the docs in a program without Weft.Kubernetes, or a misspelt command: say which, not only that
    // a command is missing.
    private static string? UnknownCommand(ParseResult parseResult, RootCommand root)
    {
        if (parseResult.CommandResult.Command != root || parseResult.UnmatchedTokens.Count == 0 || parseResult.UnmatchedTokens[0].StartsWith('-'))
        {
            return null;
        }

        var typed = parseResult.UnmatchedTokens[0];
        var known = root.Subcommands.Select(c => c.Name).ToList();
        var hint = string.Equals(typed, "k8s", StringComparison.OrdinalIgnoreCase)
            ? " The Kubernetes commands come with the Weft.Kubernetes package: add it to this program ('dotnet add package Weft.Kubernetes')."
            : NameSuggestion.Hint(typed, known);
        return $"Unknown command '{typed}'.{hint} Commands: {string.Join(", ", known)}.";
    }

    // 'run Training trees=300' is the commonest slip: the pair was meant for --param.
    private static string ParameterHint(ParseResult parseResult)
    {
        var pair = parseResult.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-') && t.IndexOf('=', StringComparison.Ordinal) > 0);
        return pair is null || parseResult.CommandResult.Command.Name != "run" ? string.Empty : $" Give parameters as --param {pair}.";
    }

    internal static RootCommand CreateRootCommand(CommandLineContext context)
    {
        var shared = new SharedOptions();
        var root = new RootCommand("Run and inspect the Weft pipelines of this program.")
        {
            shared.Store,
            RunCommand.Create(context, shared),
            RunsCommand.Create(context, shared),
            ResumeCommand.Create(context, shared),
            ArtifactsCommand.Create(context, shared),
            LineageCommand.Create(context, shared),
            GraphCommand.Create(context),
            StepCommand.Create(context, shared),
            ImageCommand.Create(context),
        };
        foreach (var added in AddedCommands.Create(new CommandLineServices(context, shared.Store)))
        {
            if (root.Subcommands.Any(c => string.Equals(c.Name, added.Name, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"A command named '{added.Name}' is built in; an added command cannot replace it.");
            }

            root.Subcommands.Add(added);
        }

        return root;
    }

    private static IEnumerable<string> CommandPath(Command command, RootCommand root)
    {
        var names = new Stack<string>();
        for (Symbol? symbol = command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            names.Push(ReferenceEquals(current, root) ? RootCommand.ExecutableName : current.Name);
        }

        return names;
    }
}
