namespace Weft.Cli.Output;

/// <summary>The formats <c>lineage</c> writes.</summary>
internal enum LineageFormat
{
    // The default: an absent --format is the zero value (a default value factory would repeat it in --help, capitalized).
    /// <summary>Indented text for people, ids shortened.</summary>
    Text = 0,

    /// <summary>JSON for tools, full ids.</summary>
    Json,
}
