using System.Text;

namespace Weft;

/// <summary>Base class of typed artifact serializers.</summary>
/// <typeparam name="T">The artifact type.</typeparam>
public abstract class ArtifactSerializer<T> : IArtifactSerializer
{
    private string? _fingerprint;

    /// <inheritdoc />
    public abstract string Schema { get; }

    /// <inheritdoc />
    public string SchemaFingerprint => _fingerprint ??= Fingerprint(Schema);

    /// <summary>Writes <paramref name="value"/> to <paramref name="destination"/>.</summary>
    public abstract ValueTask WriteAsync(T value, Stream destination, CancellationToken cancellationToken);

    /// <summary>Reads a value from <paramref name="source"/>.</summary>
    public abstract ValueTask<T> ReadAsync(Stream source, CancellationToken cancellationToken);

    /// <inheritdoc />
    public ValueTask WriteObjectAsync(object? value, Stream destination, CancellationToken cancellationToken)
        => WriteAsync(value is null ? default! : (T)value, destination, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<object?> ReadObjectAsync(Stream source, CancellationToken cancellationToken)
        => await ReadAsync(source, cancellationToken).ConfigureAwait(false);

    /// <summary>The first 16 hex digits of the SHA-256 of <paramref name="schema"/>.</summary>
    public static string Fingerprint(string schema)
    {
        Span<byte> hash = stackalloc byte[32];
        Storage.ContentHash.Hash(Encoding.UTF8.GetBytes(schema), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
