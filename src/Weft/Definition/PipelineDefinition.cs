namespace Weft;

/// <summary>
/// A pipeline's graph as the generator lowered it from <c>Define</c>: nodes in body order, edges, parameters and
/// per-step fingerprints. Generated code builds one per pipeline (<c>MyPipeline.Definition</c>).
/// </summary>
public sealed class PipelineDefinition
{
    private readonly Dictionary<string, StepNode> _byName;

    /// <summary>Creates a definition; called by generated code.</summary>
    public PipelineDefinition(string name, string typeName, IReadOnlyList<PipelineParameter> parameters, IReadOnlyList<StepNode> nodes,
        string? schedule = null, string? image = null, ResourceRequest? resources = null)
    {
        Name = name;
        TypeName = typeName;
        Parameters = parameters;
        Nodes = nodes;
        Schedule = schedule;
        Image = image;
        Resources = resources;
        _byName = new Dictionary<string, StepNode>(StringComparer.Ordinal);
        var edges = new List<PipelineEdge>();
        foreach (var node in nodes)
        {
            if (!_byName.TryAdd(node.Name, node))
            {
                throw new ArgumentException($"Pipeline '{name}' has two nodes named '{node.Name}'.", nameof(nodes));
            }

            foreach (var input in node.Inputs)
            {
                if (input.Binding is ArtifactBinding a)
                {
                    edges.Add(new PipelineEdge(a.Node, a.Output, node.Name, input.Name));
                }
            }
        }

        Edges = edges;
    }

    /// <summary>The pipeline's name.</summary>
    public string Name { get; }

    /// <summary>The full name of the pipeline class.</summary>
    public string TypeName { get; }

    /// <summary>The pipeline's parameters (<c>Define</c>'s parameters), in declaration order.</summary>
    public IReadOnlyList<PipelineParameter> Parameters { get; }

    /// <summary>The nodes, in body order (which is a topological order).</summary>
    public IReadOnlyList<StepNode> Nodes { get; }

    /// <summary>Data edges from producer outputs to consumer inputs.</summary>
    public IReadOnlyList<PipelineEdge> Edges { get; }

    /// <summary>The cron schedule from <c>[Schedule]</c>, if any.</summary>
    public string? Schedule { get; }

    /// <summary>The pipeline-wide image from <c>[Image]</c>, if any.</summary>
    public string? Image { get; }

    /// <summary>The pipeline-wide resources from <c>[Resources]</c>, if any.</summary>
    public ResourceRequest? Resources { get; }

    /// <summary>Finds a node by name.</summary>
    public bool TryGetNode(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StepNode? node) => _byName.TryGetValue(name, out node);

    /// <summary>Gets a node by name.</summary>
    /// <exception cref="KeyNotFoundException">No node has that name; the message lists the nodes.</exception>
    public StepNode GetNode(string name) => _byName.TryGetValue(name, out var node)
        ? node
        : throw new KeyNotFoundException($"Pipeline '{Name}' has no step '{name}'. Steps: {string.Join(", ", Nodes.Select(n => n.Name))}.");

    /// <inheritdoc />
    public override string ToString() => Name;
}
