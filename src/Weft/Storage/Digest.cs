using System.Buffers.Binary;

namespace Weft.Storage;

/// <summary>
/// A SHA-256 held as four words: what a cache key is in memory and in the database (a 32-byte blob), so that looking
/// keys up and storing them allocates nothing. Shown as <c>sha256:&lt;hex&gt;</c>.
/// </summary>
internal readonly record struct Digest(ulong A, ulong B, ulong C, ulong D)
{
    public const int Size = 32;

    public static Digest Of(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[Size];
        ContentHash.Hash(data, hash);
        return Read(hash);
    }

    public static Digest Read(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadUInt64BigEndian(bytes),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));

    public void Write(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64BigEndian(bytes, A);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], D);
    }

    // The words of a cryptographic hash are uniformly distributed: one is a good enough hash code.
    public override int GetHashCode() => (int)A;

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        Write(bytes);
        return ContentHash.Format(bytes);
    }
}
