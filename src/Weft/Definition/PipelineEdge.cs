namespace Weft;

/// <summary>A data edge: <paramref name="FromNode"/>'s output feeds <paramref name="ToNode"/>'s input.</summary>
/// <param name="FromNode">The producing node.</param>
/// <param name="FromOutput">The producing output.</param>
/// <param name="ToNode">The consuming node.</param>
/// <param name="ToInput">The consuming parameter.</param>
public sealed record PipelineEdge(string FromNode, string FromOutput, string ToNode, string ToInput);
