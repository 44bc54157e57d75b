namespace Weft;

/// <summary>
/// Writes and reads artifacts of one type. Generated per artifact type (or backed by an <see cref="IMaterializer{T}"/>);
/// the untyped members let the runtime move values without knowing their types.
/// </summary>
public interface IArtifactSerializer
{
    /// <summary>A canonical description of the serialized shape (member names and types, recursively).</summary>
    string Schema { get; }

    /// <summary>A short hash of <see cref="Schema"/>: changes when the shape changes, and only then.</summary>
    string SchemaFingerprint { get; }

    /// <summary>Writes a boxed value.</summary>
    ValueTask WriteObjectAsync(object? value, Stream destination, CancellationToken cancellationToken);

    /// <summary>Reads a boxed value.</summary>
    ValueTask<object?> ReadObjectAsync(Stream source, CancellationToken cancellationToken);
}
