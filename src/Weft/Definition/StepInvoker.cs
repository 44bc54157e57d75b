namespace Weft;

/// <summary>
/// Calls a step method with its arguments, in parameter order, and returns its outputs in <see cref="StepNode.Outputs"/>
/// order. Generated per step: casts and a direct call, no reflection.
/// </summary>
/// <param name="arguments">One boxed value per <see cref="StepNode.Inputs"/> entry.</param>
/// <param name="cancellationToken">Passed to a step that takes a <see cref="CancellationToken"/>.</param>
public delegate ValueTask<object?[]> StepInvoker(object?[] arguments, CancellationToken cancellationToken);
