using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>Diagnostics about how a pipeline runs in containers and on Kubernetes (WEFT2xxx). IDs are stable and never reused.</summary>
internal static class ContainerDescriptors
{
    private const string Category = "Weft.Containers";
    private const string HelpBase = "docs/diagnostics/";

    public const string UnpinnedImageId = "WEFT2001";
    public const string InvalidResourceId = "WEFT2002";
    public const string InvalidScheduleId = "WEFT2003";
    public const string MalformedDigestId = "WEFT2004";

    /// <summary>"image '{0}' is not pinned to a digest; append @sha256:&lt;digest&gt; so that every run uses the same image".</summary>
    public static readonly DiagnosticDescriptor UnpinnedImage = Create(UnpinnedImageId,
        "Container image is not pinned to a digest",
        "image '{0}' is not pinned to a digest; append @sha256:<digest> so that every run uses the same image");

    /// <summary>"{0} '{1}' would be rejected by Kubernetes: {2}".</summary>
    public static readonly DiagnosticDescriptor InvalidResource = Create(InvalidResourceId,
        "Resource request Kubernetes would reject",
        "{0} '{1}' would be rejected by Kubernetes: {2}");

    /// <summary>"schedule '{0}' does not parse as a five-field cron expression: {1}".</summary>
    public static readonly DiagnosticDescriptor InvalidSchedule = Create(InvalidScheduleId,
        "Schedule is not a valid cron expression",
        "schedule '{0}' does not parse as a five-field cron expression: {1}");

    /// <summary>"image '{0}' has a malformed digest: {1}; copy the whole digest (sha256: and 64 lowercase hex digits) from the registry".</summary>
    public static readonly DiagnosticDescriptor MalformedDigest = Create(MalformedDigestId,
        "Container image digest is malformed",
        "image '{0}' has a malformed digest: {1}; copy the whole digest (sha256: and 64 lowercase hex digits) from the registry");

    private static DiagnosticDescriptor Create(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
