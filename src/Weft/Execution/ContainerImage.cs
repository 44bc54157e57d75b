namespace Weft;

/// <summary>
/// The container image this process runs in, as recorded with its runs and step runs: <c>WEFT_IMAGE</c> (set in the image
/// by the Weft package's container publishing or a Containerfile from <c>app image containerfile</c>, and overridden by an
/// orchestrator with the exact reference it launched), pinned with <c>WEFT_IMAGE_DIGEST</c> when that is known.
/// </summary>
public static class ContainerImage
{
    /// <summary>The variable that names the image (<c>registry/repository:tag</c>, or already pinned with <c>@sha256:…</c>).</summary>
    public const string ReferenceVariable = "WEFT_IMAGE";

    /// <summary>The variable that carries the image's digest (<c>sha256:…</c>) when whoever started the container knew it.</summary>
    public const string DigestVariable = "WEFT_IMAGE_DIGEST";

    /// <summary>This process's image (<c>repository:tag@sha256:…</c> when the digest is known), or <see langword="null"/> outside an image.</summary>
    public static string? Current
        => Describe(Environment.GetEnvironmentVariable(ReferenceVariable), Environment.GetEnvironmentVariable(DigestVariable));

    /// <summary>
    /// Combines a reference and a digest: the reference pinned with the digest, the reference alone when it is already pinned
    /// or no digest is known, the digest alone when only it is known; <see langword="null"/> when neither is.
    /// </summary>
    /// <param name="reference">The image reference, if any.</param>
    /// <param name="digest">The image digest, if any.</param>
    public static string? Describe(string? reference, string? digest)
    {
        reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        digest = string.IsNullOrWhiteSpace(digest) ? null : digest.Trim();
        return (reference, digest) switch
        {
            (null, null) => null,
            (null, { } d) => d,
            ({ } r, null) => r,
            ({ } r, _) when r.Contains('@', StringComparison.Ordinal) => r,
            ({ } r, { } d) => r + "@" + d,
        };
    }
}
