using System.Security.Cryptography;

namespace Weft.Storage;

/// <summary>Content ids: <c>sha256:</c> followed by the lowercase hex SHA-256 of the bytes.</summary>
internal static class ContentHash
{
    public const string Prefix = "sha256:";

    /// <summary>The length of a full id: the prefix and 64 hex digits.</summary>
    public const int Length = 71;

    [ThreadStatic]
    private static SHA256? t_sha256;

    public static string Of(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(data, hash);
        return Format(hash);
    }

    /// <summary>SHA-256 through one instance per thread: cheaper than the one-shot API, which sets a digest up each call.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> hash) => (t_sha256 ??= SHA256.Create()).TryComputeHash(data, hash, out _);

    public static string Of(Stream stream)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(stream, hash);
        return Format(hash);
    }

    public static string Format(ReadOnlySpan<byte> hash)
    {
        Span<char> chars = stackalloc char[Prefix.Length + (hash.Length * 2)];
        Prefix.AsSpan().CopyTo(chars);
        Convert.TryToHexStringLower(hash, chars[Prefix.Length..], out _);
        return new string(chars);
    }

    /// <summary>The 32 hash bytes of a full id, as the database keys artifacts (half the size of the text, so the index stays small).</summary>
    public static byte[] ToBytes(string id) => Convert.FromHexString(id.AsSpan(Prefix.Length));

    /// <summary>
    /// The inclusive range of 32-byte keys whose hex starts with <paramref name="hexPrefix"/>; <see langword="false"/> if it
    /// is not hex or too long.
    /// </summary>
    public static bool TryPrefixRange(string hexPrefix, out byte[] from, out byte[] to)
    {
        from = to = [];
        if (hexPrefix.Length > 64 || !hexPrefix.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        from = Convert.FromHexString(hexPrefix.PadRight(64, '0'));
        to = Convert.FromHexString(hexPrefix.PadRight(64, 'f'));
        return true;
    }

    /// <summary>Whether <paramref name="id"/> is a full id: the prefix and 64 lowercase hex digits.</summary>
    public static bool IsFullId(string id)
    {
        if (id.Length != Length || !id.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id.AsSpan(Prefix.Length))
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
