namespace Weft.Generators.Helpers;

/// <summary>Stable content hashes for fingerprints computed at build time.</summary>
internal static class Hashing
{
    [System.ThreadStatic]
    private static Sha256? s_sha;

    /// <summary>The first 16 hex digits (lower case) of the SHA-256 of <paramref name="text"/> in UTF-8.</summary>
    public static string Fingerprint(string text) => Hasher().Append(text).FinishHex16();

    /// <summary>
    /// This thread's reusable hasher, reset: for a digest of several pieces, which is then the digest of their
    /// concatenation. Finish it before calling anything else that hashes.
    /// </summary>
    public static Sha256 Hasher()
    {
        var sha = s_sha ??= new Sha256();
        sha.Reset();
        return sha;
    }
}
