namespace Weft.Cli.Graph;

/// <summary>The formats <c>graph</c> writes.</summary>
internal enum GraphFormat
{
    // The default: an absent --format is the zero value (a default value factory would repeat it in --help, capitalized).
    /// <summary>A Mermaid flowchart (renders in GitHub and most Markdown viewers).</summary>
    Mermaid = 0,

    /// <summary>Graphviz DOT.</summary>
    Dot,

    /// <summary>JSON with every node, input binding, output, edge and parameter.</summary>
    Json,
}
