namespace Weft.Analyzers;

/// <summary>
/// Whether a container image reference names its content (<c>…@sha256:</c> and 64 lowercase hex digits) rather than a
/// movable tag, and what is wrong with a digest that is there but malformed.
/// </summary>
internal static class ImageReference
{
    private const string Algorithm = "sha256:";
    private const int DigestLength = 64;

    /// <summary>Whether the reference has a digest part at all (<c>@</c> and something after it).</summary>
    public static bool HasDigest(string reference)
    {
        var at = reference.LastIndexOf('@');
        return at > 0 && at < reference.Length - 1;
    }

    /// <summary>
    /// What is wrong with the digest of a reference that <see cref="HasDigest"/>, as a clause for the message; null when
    /// it is a well-formed sha256 digest.
    /// </summary>
    public static string? DigestProblem(string reference)
    {
        var digest = reference.Substring(reference.LastIndexOf('@') + 1);
        if (!digest.StartsWith(Algorithm, System.StringComparison.Ordinal))
        {
            return $"'{digest}' is not a sha256 digest";
        }

        var hex = digest.Substring(Algorithm.Length);
        var upper = false;
        foreach (var c in hex)
        {
            if (c is >= 'A' and <= 'F')
            {
                upper = true;
            }
            else if (!(c is >= '0' and <= '9' || c is >= 'a' and <= 'f'))
            {
                return $"'{c}' is not a hex digit";
            }
        }

        if (hex.Length != DigestLength)
        {
            return $"it has {hex.Length} hex digits where a sha256 digest has {DigestLength}";
        }

        return upper ? "its hex digits are in upper case" : null;
    }
}
