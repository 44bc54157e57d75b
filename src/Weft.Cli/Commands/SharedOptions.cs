using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary>Options every command accepts.</summary>
internal sealed class SharedOptions
{
    public Option<string?> Store { get; } = new("--store")
    {
        Description = "The store folder (default: $WEFT_STORE, else .weft under the working directory).",
        HelpName = "dir",
        Recursive = true,
    };
}
