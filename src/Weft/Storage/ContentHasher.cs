using System.Buffers;
using System.Security.Cryptography;

namespace Weft.Storage;

/// <summary>
/// SHA-256 of bytes that arrive in pieces (an artifact a serializer streams to a file). Up to
/// <see cref="ContentHash.ManagedLimit"/> it only keeps the bytes, so that a small artifact is hashed by
/// <see cref="ContentHash.Hash"/> (in managed code in a short-lived process); past it, it feeds the platform's
/// incremental SHA-256, so that a large model is hashed at OpenSSL's speed and never held in memory.
/// </summary>
internal sealed class ContentHasher : IDisposable
{
    private byte[]? _pending;
    private int _pendingLength;
    private IncrementalHash? _platform;

    /// <summary>Copies <paramref name="source"/> to the end into <paramref name="target"/>, hashing the bytes as they pass, and returns their content id.</summary>
    public static async Task<string> CopyAsync(Stream source, Stream target, CancellationToken cancellationToken)
    {
        const int BufferSize = 1 << 16;
        using var hasher = new ContentHasher();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hasher.Append(buffer.AsSpan(0, read));
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var hash = new byte[32];
        hasher.GetHashAndReset(hash);
        return ContentHash.Format(hash);
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_platform is null && _pendingLength + data.Length <= ContentHash.ManagedLimit)
        {
            _pending ??= ArrayPool<byte>.Shared.Rent(ContentHash.ManagedLimit);
            data.CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += data.Length;
            return;
        }

        if (_platform is null)
        {
            ContentHash.PlatformLoaded();
            _platform = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            if (_pendingLength > 0)
            {
                _platform.AppendData(_pending.AsSpan(0, _pendingLength));
                _pendingLength = 0;
            }
        }

        _platform.AppendData(data);
    }

    /// <summary>Writes the hash of everything appended to <paramref name="hash"/> (32 bytes) and starts over.</summary>
    public void GetHashAndReset(Span<byte> hash)
    {
        if (_platform is not null)
        {
            _platform.GetHashAndReset(hash);
            return;
        }

        ContentHash.Hash(_pending.AsSpan(0, _pendingLength), hash);
        _pendingLength = 0;
    }

    public void Dispose()
    {
        _platform?.Dispose();
        _platform = null;
        if (_pending is not null)
        {
            ArrayPool<byte>.Shared.Return(_pending);
            _pending = null;
        }
    }
}
