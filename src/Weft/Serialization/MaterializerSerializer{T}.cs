namespace Weft.Serialization;

/// <summary>
/// Stores artifacts through a user's <see cref="IMaterializer{T}"/> (named by <see cref="MaterializerAttribute"/>). The bytes
/// are the materializer's own format, not JSON, so such values cannot be nested inside other artifacts.
/// </summary>
/// <typeparam name="T">The artifact type.</typeparam>
public sealed class MaterializerSerializer<T> : ArtifactSerializer<T>
{
    private readonly IMaterializer<T> _materializer;

    /// <summary>Creates the serializer.</summary>
    /// <param name="materializer">The materializer instance.</param>
    /// <param name="materializerTypeName">
    /// The materializer's full type name (given as text by generated code, so that no reflection is needed); it makes up
    /// the <see cref="Schema"/>, so renaming or replacing the materializer invalidates cached artifacts.
    /// </param>
    public MaterializerSerializer(IMaterializer<T> materializer, string materializerTypeName)
    {
        ArgumentNullException.ThrowIfNull(materializer);
        ArgumentException.ThrowIfNullOrWhiteSpace(materializerTypeName);
        _materializer = materializer;
        Schema = "materializer:" + materializerTypeName;
    }

    /// <inheritdoc />
    public override string Schema { get; }

    /// <inheritdoc />
    public override ValueTask WriteAsync(T value, Stream destination, CancellationToken cancellationToken)
        => _materializer.WriteAsync(value, destination, cancellationToken);

    /// <inheritdoc />
    public override ValueTask<T> ReadAsync(Stream source, CancellationToken cancellationToken)
        => _materializer.ReadAsync(source, cancellationToken);
}
