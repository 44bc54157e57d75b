using System.CommandLine;
using Weft.Cli.Output;

namespace Weft.Cli.Commands;

/// <summary><c>lineage &lt;artifact|run&gt;</c>: where an artifact, or every artifact of a run, came from.</summary>
internal static class LineageCommand
{
    public static Command Create(CommandLineContext context, SharedOptions shared)
    {
        var id = new Argument<string>("id") { Description = "An artifact id (sha256:…) or a run id, or a prefix only it has." };
        var command = new Command("lineage", "Show the step runs, parameters and data files an artifact or a run came from.") { id };
        CommandAction.Set(command, context, (parse, _) => Task.FromResult(Show(context, parse.GetValue(shared.Store), parse.GetValue(id)!)));
        return command;
    }

    private static int Show(CommandLineContext context, string? storeOption, string id)
    {
        using var store = StoreAccess.OpenExisting(storeOption, $"run or artifact '{id}'");
        var run = StoreAccess.Read(() => store.FindRun(id));
        var artifact = run is null ? StoreAccess.Read(() => store.FindArtifact(id)) : null;
        if (run is null && artifact is null)
        {
            throw CommandLineException.NotFound($"No run or artifact '{id}' in the store at {store.Path}.");
        }

        var graph = StoreAccess.Read(() => store.GetLineage(run?.RunId ?? artifact!.Id));
        LineageView.Write(context.Output, graph, run is not null ? LineageView.RunTitle(run) : LineageView.ArtifactTitle(artifact!));
        return ExitCodes.Success;
    }
}
