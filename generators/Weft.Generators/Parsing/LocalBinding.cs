using System.Collections.Generic;

namespace Weft.Generators.Parsing;

/// <summary>A <c>Define</c> local bound to a node's output (or, with a null <see cref="Output"/>, to all of a tuple step's outputs).</summary>
internal sealed class LocalBinding
{
    public LocalBinding(string node, string stepName, string? output, List<string> sourceTypes, StepInfo step)
    {
        Node = node;
        StepName = stepName;
        Output = output;
        SourceTypes = sourceTypes;
        Step = step;
    }

    public string Node { get; }

    public string StepName { get; }

    public string? Output { get; }

    /// <summary>The types the value passed through, producer's output type first.</summary>
    public List<string> SourceTypes { get; }

    public StepInfo Step { get; }
}
