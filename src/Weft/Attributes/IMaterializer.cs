namespace Weft;

/// <summary>Writes and reads artifacts of a type that has no generated serializer (a framework model, say).</summary>
/// <typeparam name="T">The artifact type.</typeparam>
public interface IMaterializer<T>
{
    /// <summary>Writes <paramref name="value"/> to <paramref name="destination"/>.</summary>
    ValueTask WriteAsync(T value, Stream destination, CancellationToken ct);

    /// <summary>Reads a value written by <see cref="WriteAsync"/>.</summary>
    ValueTask<T> ReadAsync(Stream source, CancellationToken ct);
}
