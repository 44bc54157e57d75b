namespace Weft.Cli.Output;

/// <summary>The formats <c>lineage</c> writes.</summary>
internal enum LineageFormat
{
    /// <summary>Indented text for people, ids shortened.</summary>
    Text,

    /// <summary>JSON for tools, full ids.</summary>
    Json,
}
