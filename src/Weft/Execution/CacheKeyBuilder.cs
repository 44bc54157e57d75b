using System.Buffers.Binary;
using System.Text;
using Weft.Storage;

namespace Weft;

/// <summary>
/// Builds a cache key: the hash of length-prefixed fields (so that no two field lists hash alike by concatenation),
/// starting with <see cref="FormatVersion"/>. One builder per thread, reused.
/// </summary>
internal sealed class CacheKeyBuilder
{
    /// <summary>Changes whenever what enters the key changes, so that keys of an older format never match.</summary>
    public const string FormatVersion = "weft-cache/1";

    [ThreadStatic]
    private static CacheKeyBuilder? t_builder;

    private byte[] _buffer = new byte[1024];
    private int _length;

    public static CacheKeyBuilder Start()
    {
        var builder = t_builder ??= new CacheKeyBuilder();
        builder._length = 0;
        return builder.Add(FormatVersion);
    }

    public CacheKeyBuilder Add(string? text)
    {
        if (text is null)
        {
            Reserve(4);
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), -1);
            _length += 4;
            return this;
        }

        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Reserve(4 + max);
        var written = Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length + 4));
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), written);
        _length += 4 + written;
        return this;
    }

    public CacheKeyBuilder Add(long value)
    {
        Reserve(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
        return this;
    }

    public Digest Finish() => Digest.Of(_buffer.AsSpan(0, _length));

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }
}
