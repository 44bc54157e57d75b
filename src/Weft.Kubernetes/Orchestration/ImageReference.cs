namespace Weft.Kubernetes.Orchestration;

/// <summary>What a step's container is told about the image it runs in.</summary>
internal static class ImageReference
{
    /// <summary>
    /// The digest of a pinned reference (<c>repository@sha256:…</c> gives <c>sha256:…</c>); <see langword="null"/> for a
    /// reference by tag, whose digest only the registry knows.
    /// </summary>
    public static string? DigestOf(string image)
    {
        var at = image.LastIndexOf('@');
        return at >= 0 && at < image.Length - 1 ? image[(at + 1)..] : null;
    }
}
