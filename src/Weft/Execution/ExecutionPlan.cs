using System.Runtime.CompilerServices;

namespace Weft;

/// <summary>
/// A definition checked once and resolved to indices (bindings, neighbours, parameter positions), so that a run works
/// on arrays instead of looking names up. Cached per definition: generated definitions are singletons.
/// </summary>
internal sealed class ExecutionPlan
{
    private static readonly ConditionalWeakTable<PipelineDefinition, ExecutionPlan> s_plans = new();

    private ExecutionPlan(PipelineDefinition definition, NodePlan[] nodes, Dictionary<string, int> parameterIndex, Dictionary<string, int> nodeIndex,
        int[] order)
    {
        Definition = definition;
        Nodes = nodes;
        ParameterIndex = parameterIndex;
        NodeIndex = nodeIndex;
        Order = order;
    }

    public PipelineDefinition Definition { get; }

    /// <summary>The nodes, in the definition's order.</summary>
    public NodePlan[] Nodes { get; }

    /// <summary>Each parameter's position in <see cref="PipelineDefinition.Parameters"/>.</summary>
    public Dictionary<string, int> ParameterIndex { get; }

    /// <summary>Each node's position in <see cref="Nodes"/>, by name.</summary>
    public Dictionary<string, int> NodeIndex { get; }

    /// <summary>The node indices in a topological order: every node after the nodes it reads from.</summary>
    public int[] Order { get; }

    /// <summary>The plan of <paramref name="definition"/>.</summary>
    /// <exception cref="ArgumentException">The definition binds an input to an unknown node, output or parameter, repeats a parameter, or has a cycle.</exception>
    public static ExecutionPlan For(PipelineDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return s_plans.GetValue(definition, static d => Build(d));
    }

    private static ExecutionPlan Build(PipelineDefinition definition)
    {
        var parameterIndex = new Dictionary<string, int>(definition.Parameters.Count, StringComparer.Ordinal);
        for (var i = 0; i < definition.Parameters.Count; i++)
        {
            if (!parameterIndex.TryAdd(definition.Parameters[i].Name, i))
            {
                throw Invalid(definition, $"it has two parameters named '{definition.Parameters[i].Name}'");
            }
        }

        var nodeIndex = new Dictionary<string, int>(definition.Nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < definition.Nodes.Count; i++)
        {
            nodeIndex[definition.Nodes[i].Name] = i;
        }

        var count = definition.Nodes.Count;
        var inputs = new InputSource[count][];
        var upstream = new HashSet<int>[count];
        var downstream = new SortedSet<int>[count];
        for (var i = 0; i < count; i++)
        {
            upstream[i] = [];
            downstream[i] = [];
        }

        for (var i = 0; i < count; i++)
        {
            var node = definition.Nodes[i];
            if (node.Invoker is null)
            {
                throw Invalid(definition, $"step '{node.Name}' has no invoker");
            }

            inputs[i] = new InputSource[node.Inputs.Count];
            for (var j = 0; j < node.Inputs.Count; j++)
            {
                var input = node.Inputs[j];
                inputs[i][j] = input.Binding switch
                {
                    ArtifactBinding a => ResolveArtifact(definition, nodeIndex, node, input, a, i, upstream, downstream),
                    ParameterBinding p => parameterIndex.TryGetValue(p.Parameter, out var k)
                        ? InputSource.Parameter(k)
                        : throw Invalid(definition, $"input '{input.Name}' of step '{node.Name}' is bound to unknown parameter '{p.Parameter}'"),
                    ConstantBinding c => InputSource.ConstantValue(c.Value),
                    null => throw Invalid(definition, $"input '{input.Name}' of step '{node.Name}' has no binding"),
                    _ => throw Invalid(definition, $"input '{input.Name}' of step '{node.Name}' has an unsupported binding {input.Binding.GetType().Name}"),
                };
            }
        }

        var nodes = new NodePlan[count];
        for (var i = 0; i < count; i++)
        {
            nodes[i] = new NodePlan(definition.Nodes[i], inputs[i], [.. downstream[i]], upstream[i].Count);
        }

        var order = TopologicalOrder(definition, nodes);
        return new ExecutionPlan(definition, nodes, parameterIndex, nodeIndex, order);
    }

    private static InputSource ResolveArtifact(PipelineDefinition definition, Dictionary<string, int> nodeIndex, StepNode node, StepInput input,
        ArtifactBinding binding, int consumer, HashSet<int>[] upstream, SortedSet<int>[] downstream)
    {
        if (!nodeIndex.TryGetValue(binding.Node, out var producer))
        {
            throw Invalid(definition, $"input '{input.Name}' of step '{node.Name}' is bound to unknown step '{binding.Node}'");
        }

        var outputs = definition.Nodes[producer].Outputs;
        var output = -1;
        for (var k = 0; k < outputs.Count; k++)
        {
            if (string.Equals(outputs[k].Name, binding.Output, StringComparison.Ordinal))
            {
                output = k;
                break;
            }
        }

        if (output < 0)
        {
            throw Invalid(definition, $"input '{input.Name}' of step '{node.Name}' is bound to unknown output '{binding.Output}' of step '{binding.Node}'");
        }

        upstream[consumer].Add(producer);
        downstream[producer].Add(consumer);
        return InputSource.Artifact(producer, output);
    }

    private static int[] TopologicalOrder(PipelineDefinition definition, NodePlan[] nodes)
    {
        // Kahn's algorithm: whatever never becomes ready sits on or behind a cycle and would wait forever.
        var pending = new int[nodes.Length];
        var ready = new Queue<int>();
        for (var i = 0; i < nodes.Length; i++)
        {
            pending[i] = nodes[i].UpstreamCount;
            if (pending[i] == 0)
            {
                ready.Enqueue(i);
            }
        }

        var order = new List<int>(nodes.Length);
        while (ready.TryDequeue(out var i))
        {
            order.Add(i);
            foreach (var dependent in nodes[i].Dependents)
            {
                if (--pending[dependent] == 0)
                {
                    ready.Enqueue(dependent);
                }
            }
        }

        if (order.Count < nodes.Length)
        {
            var stuck = nodes.Where((_, i) => pending[i] > 0).Select(n => n.Node.Name);
            throw Invalid(definition, $"steps {string.Join(", ", stuck)} wait on a cycle of inputs");
        }

        return [.. order];
    }

    private static ArgumentException Invalid(PipelineDefinition definition, string problem)
        => new($"Pipeline '{definition.Name}' cannot run: {problem}.", nameof(definition));
}
