using System.Text;

namespace Weft.Cli.Graph;

/// <summary>Writes a pipeline as a Graphviz digraph, with the same ids and labels as the Mermaid flowchart.</summary>
internal static class DotGraph
{
    public static string Write(PipelineDefinition definition)
    {
        var text = new StringBuilder();
        text.Append("digraph ").Append(Quote(definition.Name)).Append(" {\n");
        text.Append("  rankdir=LR;\n");
        text.Append("  node [shape=box, style=rounded];\n");
        for (var i = 0; i < definition.Parameters.Count; i++)
        {
            text.Append("  ").Append(GraphLabels.ParameterId(i)).Append(" [label=").Append(Quote(GraphLabels.Parameter(definition.Parameters[i])))
                .Append(", shape=parallelogram, style=solid];\n");
        }

        for (var i = 0; i < definition.Nodes.Count; i++)
        {
            text.Append("  ").Append(GraphLabels.NodeId(i)).Append(" [label=").Append(Quote(definition.Nodes[i].Name)).Append("];\n");
        }

        foreach (var (parameter, node, input) in GraphLabels.ParameterEdges(definition))
        {
            text.Append("  ").Append(GraphLabels.ParameterId(parameter)).Append(" -> ").Append(GraphLabels.NodeId(node))
                .Append(" [label=").Append(Quote(input)).Append("];\n");
        }

        foreach (var (from, to, edge) in GraphLabels.DataEdges(definition))
        {
            text.Append("  ").Append(GraphLabels.NodeId(from)).Append(" -> ").Append(GraphLabels.NodeId(to))
                .Append(" [label=").Append(Quote(GraphLabels.Edge(edge.FromOutput, edge.ToInput))).Append("];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string Quote(string text)
        => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
