namespace Weft;

/// <summary>One node of an <see cref="ExecutionPlan"/>: its inputs resolved to indices and its neighbours.</summary>
internal sealed class NodePlan(StepNode node, InputSource[] inputs, int[] dependents, int upstreamCount)
{
    public StepNode Node { get; } = node;

    /// <summary>One source per <see cref="StepNode.Inputs"/> entry, in the same order.</summary>
    public InputSource[] Inputs { get; } = inputs;

    /// <summary>The distinct nodes that consume an output of this one, in node order.</summary>
    public int[] Dependents { get; } = dependents;

    /// <summary>How many distinct nodes this one consumes outputs of: it is ready when that many have succeeded.</summary>
    public int UpstreamCount { get; } = upstreamCount;
}
