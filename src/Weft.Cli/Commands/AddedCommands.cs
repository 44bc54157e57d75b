using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary>
/// The commands other assemblies add (<see cref="WeftCommandLine.AddCommand"/>), kept by name so that registering twice
/// (a generated entrypoint and a hand-written Main both calling it) adds one command.
/// </summary>
internal static class AddedCommands
{
    private static readonly Lock s_gate = new();
    private static readonly SortedDictionary<string, Func<CommandLineServices, Command>> s_factories = new(StringComparer.Ordinal);

    public static void Add(string name, Func<CommandLineServices, Command> factory)
    {
        lock (s_gate)
        {
            s_factories[name] = factory;
        }
    }

    /// <summary>The added commands, built for one command line, in name order.</summary>
    public static IReadOnlyList<Command> Create(CommandLineServices services)
    {
        KeyValuePair<string, Func<CommandLineServices, Command>>[] factories;
        lock (s_gate)
        {
            factories = [.. s_factories];
        }

        var commands = new List<Command>(factories.Length);
        foreach (var (name, factory) in factories)
        {
            var command = factory(services);
            if (!string.Equals(command.Name, name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The command registered as '{name}' is named '{command.Name}'; register it under its own name.");
            }

            commands.Add(command);
        }

        return commands;
    }
}
