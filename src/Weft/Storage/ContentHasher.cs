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
