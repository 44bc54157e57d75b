namespace Weft;

/// <summary>A metric a step logged in its process.</summary>
/// <param name="Name">The metric's name.</param>
/// <param name="Value">Its value.</param>
public sealed record StepResultMetric(string Name, double Value);
