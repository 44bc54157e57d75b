using System.CommandLine;
using Weft.Cli.Output;

namespace Weft.Cli.Commands;

/// <summary><c>lineage &lt;artifact|run&gt; [--format text|json]</c>: where an artifact, or every artifact of a run, came from.</summary>
internal static class LineageCommand
{
    public static Command Create(CommandLineContext context, SharedOptions shared)
    {
        var id = new Argument<string>("id") { Description = "An artifact id (sha256:…) or a run id, or a prefix only it has." };
        var format = new Option<LineageFormat>("--format")
        {
            Description = "Output format: text (default) or json (every step run, input, output and artifact with full ids, for tools).",
            HelpName = "text|json",
            CustomParser = ParseFormat,
        };
        var command = new Command("lineage", "Show the step runs, parameters and data files an artifact or a run came from.") { id, format };
        CommandAction.Set(command, context, (parse, _) => Task.FromResult(Show(context, parse.GetValue(shared.Store), parse.GetValue(id)!, parse.GetValue(format))));
        return command;
    }

    private static int Show(CommandLineContext context, string? storeOption, string id, LineageFormat format)
    {
        using var store = StoreAccess.OpenExisting(storeOption, $"run or artifact '{id}'");
        var run = StoreAccess.Read(() => store.FindRun(id));
        var artifact = run is null ? StoreAccess.Read(() => store.FindArtifact(id)) : null;
        if (run is null && artifact is null)
        {
            throw CommandLineException.NotFound($"No run or artifact '{id}' in the store at {store.Path}.");
        }

        var graph = StoreAccess.Read(() => store.GetLineage(run?.RunId ?? artifact!.Id));
        if (format == LineageFormat.Json)
        {
            context.Output.Write(LineageJson.Write(graph, run, artifact));
            context.Output.Flush();
        }
        else
        {
            LineageView.Write(context.Output, graph, run is not null ? LineageView.RunTitle(run) : LineageView.ArtifactTitle(artifact!));
        }

        return ExitCodes.Success;
    }

    private static LineageFormat ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        switch (text.ToLowerInvariant())
        {
            case "text":
                return LineageFormat.Text;
            case "json":
                return LineageFormat.Json;
            default:
                result.AddError($"--format '{text}' is not a lineage format: use text or json.");
                return LineageFormat.Text;
        }
    }
}
