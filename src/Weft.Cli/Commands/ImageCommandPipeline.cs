namespace Weft.Cli.Commands;

/// <summary>A pipeline as a Containerfile template sees it: <c>name</c> and <c>steps</c> (node names in graph order).</summary>
/// <param name="Name">The pipeline's name.</param>
/// <param name="Steps">Its nodes' names, in the definition's order.</param>
internal sealed record ImageCommandPipeline(string Name, IReadOnlyList<string> Steps);
