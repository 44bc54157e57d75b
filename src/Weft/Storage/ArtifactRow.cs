namespace Weft.Storage;

/// <summary>An artifact to record: its bytes inline, or the store-relative path of its object file.</summary>
internal sealed class ArtifactRow
{
    public required string Id { get; init; }

    public required string TypeName { get; init; }

    public required string SchemaFingerprint { get; init; }

    public required long Size { get; init; }

    public byte[]? Content { get; init; }

    public string? Uri { get; init; }

    /// <summary>The producing output's name.</summary>
    public required string Output { get; init; }

    /// <summary>Overwrite an existing row: the artifact was recomputed because its stored bytes were damaged.</summary>
    public bool Replace { get; init; }
}
