namespace Weft.Cli.Graph;

/// <summary>The labels both diagram formats share, so Mermaid and DOT tell the same story.</summary>
internal static class GraphLabels
{
    public static string Parameter(PipelineParameter parameter)
    {
        var text = parameter.Name + ": " + TypeText.Short(parameter.TypeName);
        return parameter.HasDefault ? text + " = " + ValueText.Of(parameter.DefaultValue, parameter.Serializer, maxLength: 40) : text;
    }

    /// <summary>An edge reads as the consuming input, prefixed with the producing output when the step has named outputs.</summary>
    public static string Edge(string fromOutput, string toInput)
        => fromOutput == StepOutput.DefaultName ? toInput : fromOutput + " → " + toInput;

    /// <summary>Stable diagram ids: parameters and nodes in declaration order, whatever characters their names hold.</summary>
    public static string ParameterId(int index) => "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string NodeId(int index) => "n" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each parameter-bound input, as (parameter index, node index, input name), in node then input order.</summary>
    public static IEnumerable<(int Parameter, int Node, string Input)> ParameterEdges(PipelineDefinition definition)
    {
        var parameters = Index(definition.Parameters.Select(p => p.Name));
        for (var n = 0; n < definition.Nodes.Count; n++)
        {
            foreach (var input in definition.Nodes[n].Inputs)
            {
                if (input.Binding is ParameterBinding binding && parameters.TryGetValue(binding.Parameter, out var p))
                {
                    yield return (p, n, input.Name);
                }
            }
        }
    }

    /// <summary>Each data edge, as (producer index, consumer index, edge), in the definition's edge order.</summary>
    public static IEnumerable<(int From, int To, PipelineEdge Edge)> DataEdges(PipelineDefinition definition)
    {
        var nodes = Index(definition.Nodes.Select(n => n.Name));
        foreach (var edge in definition.Edges)
        {
            if (nodes.TryGetValue(edge.FromNode, out var from) && nodes.TryGetValue(edge.ToNode, out var to))
            {
                yield return (from, to, edge);
            }
        }
    }

    private static Dictionary<string, int> Index(IEnumerable<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            index.TryAdd(name, index.Count);
        }

        return index;
    }
}
