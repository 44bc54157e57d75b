using System.Security.Cryptography;
using System.Text;

namespace Weft.Generators.Helpers;

/// <summary>Stable content hashes for fingerprints computed at build time.</summary>
internal static class Hashing
{
    [System.ThreadStatic]
    private static SHA256? s_sha;

    /// <summary>The first 16 hex digits (lower case) of the SHA-256 of <paramref name="text"/> in UTF-8.</summary>
    public static string Fingerprint(string text)
    {
        // Creating a hash object costs far more than hashing a short name; emitters call this per serializer reference.
        var sha = s_sha ??= SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
