using Weft.Storage;

namespace Weft.Cli.Output;

/// <summary>
/// What <c>lineage</c> prints: each step run that led to the artifact or run, consumers first, with what fed each input
/// (another step's output, a parameter with its value and data-file hash, or a constant) and what it produced.
/// </summary>
internal static class LineageView
{
    public static void Write(TextWriter output, LineageGraph graph, string title)
    {
        output.WriteLine($"Lineage of {title}: {Plural.Of(graph.Steps.Count, "step run")}, {Plural.Of(graph.Artifacts.Count, "artifact")}");
        for (var i = graph.Steps.Count - 1; i >= 0; i--)
        {
            var step = graph.Steps[i];
            output.WriteLine($"  {step.Node}  ({step.Pipeline}, run {step.RunId}, {Texts.Status(step)})");
            var rows = new List<string[]>();
            foreach (var input in step.Inputs)
            {
                rows.Add(["  in", input.Name, .. Source(input, graph)]);
            }

            foreach (var produced in step.Outputs)
            {
                // Under the inputs' ids, past the column of where they came from.
                rows.Add(["  out", produced.Name, string.Empty, Ids.Short(produced.ArtifactId) + "  " + Texts.Size(produced.Size)]);
            }

            Columns.Write(output, rows);
        }

        output.Flush();
    }

    public static string ArtifactTitle(ArtifactRecord artifact)
        => artifact.ProducerNode is null
            ? "artifact " + artifact.Id
            : $"artifact {artifact.Id} ({artifact.ProducerPipeline}.{artifact.ProducerNode} output '{artifact.ProducerOutput}', run {artifact.ProducerRunId})";

    public static string RunTitle(RunRecord run) => $"run {run.RunId} ({run.Pipeline}, {Texts.Status(run)})";

    // Where an input came from, in columns of its own so that the ids of a step's inputs line up.
    private static string[] Source(InputLink input, LineageGraph graph) => input.Kind switch
    {
        InputKind.Artifact when input.ArtifactId is { } id => graph.Artifacts.TryGetValue(id, out var artifact) && artifact.ProducerNode is not null
            ? [$"{artifact.ProducerNode}.{artifact.ProducerOutput}", Ids.Short(id)]
            : [Ids.Short(id)],
        InputKind.Parameter => input.ContentHash is null
            ? [$"parameter {input.Parameter} = {input.Value ?? "null"}"]
            : [$"parameter {input.Parameter} = {input.Value ?? "null"}", "content " + Ids.Short(input.ContentHash)],
        InputKind.Constant => ["constant " + (input.Value ?? "null")],
        _ => ["?"],
    };
}
