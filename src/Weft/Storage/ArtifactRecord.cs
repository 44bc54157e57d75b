namespace Weft.Storage;

/// <summary>A stored artifact: the serialized bytes of a step output, addressed by their hash.</summary>
public sealed record ArtifactRecord
{
    /// <summary>The id: <c>sha256:</c> and the hex SHA-256 of the serialized bytes.</summary>
    public required string Id { get; init; }

    /// <summary>The C# type of the value, as the producing step declared it.</summary>
    public required string TypeName { get; init; }

    /// <summary>The serializer's schema fingerprint.</summary>
    public required string SchemaFingerprint { get; init; }

    /// <summary>The size of the serialized bytes.</summary>
    public required long Size { get; init; }

    /// <summary>
    /// Where the bytes are: <see langword="null"/> for a small artifact stored inline in the metadata database, otherwise
    /// the absolute path of its object file.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>When it was first stored (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The step run that first produced it.</summary>
    public long? ProducerStepRunId { get; init; }

    /// <summary>The run of that step run.</summary>
    public string? ProducerRunId { get; init; }

    /// <summary>The pipeline of that run.</summary>
    public string? ProducerPipeline { get; init; }

    /// <summary>The node of that step run.</summary>
    public string? ProducerNode { get; init; }

    /// <summary>Which output of the node it is.</summary>
    public string? ProducerOutput { get; init; }
}
