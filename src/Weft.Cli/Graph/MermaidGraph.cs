using System.Text;

namespace Weft.Cli.Graph;

/// <summary>Writes a pipeline as a Mermaid flowchart: parameters as input shapes, steps as boxes, edges labelled with the inputs they feed.</summary>
internal static class MermaidGraph
{
    public static string Write(PipelineDefinition definition)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        text.Append("    %% pipeline ").Append(Comment(definition.Name)).Append(" (").Append(Comment(definition.TypeName)).Append(")\n");
        for (var i = 0; i < definition.Parameters.Count; i++)
        {
            text.Append("    ").Append(GraphLabels.ParameterId(i)).Append("[/\"").Append(Escape(GraphLabels.Parameter(definition.Parameters[i]))).Append("\"/]\n");
        }

        for (var i = 0; i < definition.Nodes.Count; i++)
        {
            text.Append("    ").Append(GraphLabels.NodeId(i)).Append("[\"").Append(Escape(definition.Nodes[i].Name)).Append("\"]\n");
        }

        foreach (var (parameter, node, input) in GraphLabels.ParameterEdges(definition))
        {
            text.Append("    ").Append(GraphLabels.ParameterId(parameter)).Append(" -->|\"").Append(Escape(input)).Append("\"| ")
                .Append(GraphLabels.NodeId(node)).Append('\n');
        }

        foreach (var (from, to, edge) in GraphLabels.DataEdges(definition))
        {
            text.Append("    ").Append(GraphLabels.NodeId(from)).Append(" -->|\"").Append(Escape(GraphLabels.Edge(edge.FromOutput, edge.ToInput))).Append("\"| ")
                .Append(GraphLabels.NodeId(to)).Append('\n');
        }

        return text.ToString();
    }

    // Mermaid ends a quoted label at '"' and reads '#...;' as an entity; both are written as entities.
    private static string Escape(string label) => label
        .Replace("#", "#35;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    private static string Comment(string text) => OneLine.Of(text);
}
