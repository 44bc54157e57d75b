using System.Security.Cryptography;
using System.Text;

namespace Weft.Kubernetes.Manifests;

/// <summary>
/// Turns pipeline, step and run names into Kubernetes object names (RFC 1123 labels: lower-case letters, digits and '-',
/// at most 63 characters, starting and ending with a letter or digit), the same way every time.
/// </summary>
internal static class KubernetesNames
{
    public const int MaxLength = 63;
    private const int HashLength = 6;

    /// <summary>
    /// <paramref name="parts"/> joined with '-' as one RFC 1123 label. A name that had to be shortened ends with a hash of the
    /// full text, so two long names that share a prefix still differ.
    /// </summary>
    public static string Name(params string[] parts)
    {
        var joined = string.Join("-", parts.Select(Lower).Where(p => p.Length > 0));
        if (joined.Length == 0)
        {
            joined = "weft";
        }

        if (joined.Length <= MaxLength)
        {
            return joined;
        }

        var hash = Hash(string.Join("\n", parts));
        return joined[..(MaxLength - HashLength - 1)].TrimEnd('-') + "-" + hash;
    }

    /// <summary>Lower-case letters and digits, every other run of characters one '-', no '-' at either end.</summary>
    private static string Lower(string text)
    {
        var builder = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return builder.ToString();
    }

    private static string Hash(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..HashLength];
}
