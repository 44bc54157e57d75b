using System.CommandLine;
using Weft.Cli.Graph;

namespace Weft.Cli.Commands;

/// <summary><c>graph &lt;pipeline&gt; [--format mermaid|dot|json]</c>: the pipeline's graph from its generated definition.</summary>
internal static class GraphCommand
{
    public static Command Create(CommandLineContext context)
    {
        var pipeline = new Argument<string?>("pipeline") { Description = "The pipeline to draw.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<GraphFormat>("--format", "-f")
        {
            Description = "Output format: mermaid (default), dot or json.",
            HelpName = "mermaid|dot|json",
            CustomParser = ParseFormat,
        };

        var command = new Command("graph", "Print a pipeline's graph: its parameters, steps and edges.") { pipeline, format };
        CommandAction.Set(command, context, (parse, _) =>
        {
            var definition = PipelineLookup.Find(parse.GetValue(pipeline));
            var text = parse.GetValue(format) switch
            {
                GraphFormat.Dot => DotGraph.Write(definition),
                GraphFormat.Json => JsonGraph.Write(definition),
                _ => MermaidGraph.Write(definition),
            };
            context.Output.Write(text);
            context.Output.Flush();
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static GraphFormat ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        switch (text.ToLowerInvariant())
        {
            case "mermaid":
                return GraphFormat.Mermaid;
            case "dot":
                return GraphFormat.Dot;
            case "json":
                return GraphFormat.Json;
            default:
                result.AddError($"--format '{text}' is not a graph format: use mermaid, dot or json.");
                return GraphFormat.Mermaid;
        }
    }
}
