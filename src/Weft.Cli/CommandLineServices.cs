using System.CommandLine;
using Weft.Cli.Commands;

namespace Weft.Cli;

/// <summary>
/// What a command added through <see cref="WeftCommandLine.AddCommand"/> may use of the command line it joins: where to
/// write, the shared <c>--store</c> option, pipeline lookup with the built-in commands' messages, and
/// actions that keep the rule of every command (a failure is one line on standard error and an exit code).
/// </summary>
public sealed class CommandLineServices
{
    private readonly CommandLineContext _context;

    internal CommandLineServices(CommandLineContext context, Option<string?> store)
    {
        _context = context;
        Store = store;
    }

    /// <summary>Results and progress.</summary>
    public TextWriter Output => _context.Output;

    /// <summary>Error lines; write them through <see cref="WriteError"/>.</summary>
    public TextWriter Error => _context.Error;

    /// <summary>Whether standard output is a terminal (a person watching) rather than a pipe.</summary>
    public bool Interactive => _context.Interactive;

    /// <summary>The recursive <c>--store</c> option every command accepts.</summary>
    public Option<string?> Store { get; }

    /// <summary>
    /// Gives <paramref name="command"/> its action. A <see cref="CommandLineException"/> it throws becomes one error line and
    /// its exit code; cancellation becomes <see cref="ExitCodes.Cancelled"/>; anything else one line and
    /// <see cref="ExitCodes.InternalError"/>.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="action">Runs the command and returns its exit code.</param>
    public void SetAction(Command command, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(action);
        CommandAction.Set(command, _context, action);
    }

    /// <summary>Writes <paramref name="message"/> to <see cref="Error"/> as one <c>error:</c> line.</summary>
    public void WriteError(string message) => _context.WriteError(message);

    /// <summary>The program's pipeline named <paramref name="name"/>.</summary>
    /// <exception cref="CommandLineException">No such pipeline; the message lists the known ones.</exception>
    public PipelineDefinition FindPipeline(string? name) => PipelineLookup.Find(name);
}
