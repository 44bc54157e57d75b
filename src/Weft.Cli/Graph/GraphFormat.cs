namespace Weft.Cli.Graph;

/// <summary>The formats <c>graph</c> writes.</summary>
internal enum GraphFormat
{
    /// <summary>A Mermaid flowchart (renders in GitHub and most Markdown viewers).</summary>
    Mermaid,

    /// <summary>Graphviz DOT.</summary>
    Dot,

    /// <summary>JSON with every node, input binding, output, edge and parameter.</summary>
    Json,
}
