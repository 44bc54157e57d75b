using System.Security.Cryptography;

namespace Weft.Storage;

/// <summary>Content ids: <c>sha256:</c> followed by the lowercase hex SHA-256 of the bytes.</summary>
internal static class ContentHash
{
    public const string Prefix = "sha256:";

    /// <summary>The length of a full id: the prefix and 64 hex digits.</summary>
    public const int Length = 71;

    /// <summary>Inputs up to this size may be hashed in managed code (about 15 µs for 4 KiB, against 2 µs in OpenSSL).</summary>
    public const int ManagedLimit = 4 * 1024;

    // How many hashes a process computes in managed code before it loads the platform's SHA-256 anyway. A step process
    // (`app step`) hashes a handful of small things (its inputs, its outputs, their schemas) and exits: loading OpenSSL
    // would be a quarter of its start-up, so it never does. A process that hashes more (an in-process run of many steps)
    // soon exceeds this and from then on pays the load once and hashes at OpenSSL's speed. Any input above ManagedLimit
    // also goes to the platform, and ends the managed allowance: OpenSSL is loaded by then, so it is the cheaper one.
    private const int ManagedAllowance = 32;
    private static int s_managedLeft = ManagedAllowance;

    [ThreadStatic]
    private static SHA256? t_sha256;

    public static string Of(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(data, hash);
        return Format(hash);
    }

    /// <summary>
    /// SHA-256 of <paramref name="data"/>: in managed code while the process has hashed little (see
    /// <see cref="ManagedAllowance"/>), else through one platform instance per thread (cheaper than the one-shot API,
    /// which sets a digest up each call). Both give the same digest.
    /// </summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        if (data.Length <= ManagedLimit && TakeManaged())
        {
            ManagedSha256.Hash(data, hash);
            return;
        }

        PlatformLoaded();
        (t_sha256 ??= SHA256.Create()).TryComputeHash(data, hash, out _);
    }

    public static string Of(Stream stream)
    {
        Span<byte> hash = stackalloc byte[32];
        PlatformLoaded();
        SHA256.HashData(stream, hash);
        return Format(hash);
    }

    /// <summary>Records that the platform's SHA-256 is (about to be) loaded: from now on it is the cheaper one for everything.</summary>
    public static void PlatformLoaded()
    {
        if (Volatile.Read(ref s_managedLeft) > 0)
        {
            Volatile.Write(ref s_managedLeft, 0);
        }
    }

    private static bool TakeManaged() => Volatile.Read(ref s_managedLeft) > 0 && Interlocked.Decrement(ref s_managedLeft) >= 0;

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
