namespace Weft;

/// <summary>Where a <see cref="PipelineRun"/> gets its steps' output values from.</summary>
internal abstract class RunOutputs
{
    /// <summary>The value of output <paramref name="output"/> of <paramref name="node"/>, if the run has one.</summary>
    public abstract bool TryGet(StepNode node, int output, out object? value);
}
