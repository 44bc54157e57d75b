using System.Reflection;

namespace Weft.Kubernetes.Manifests;

/// <summary>
/// The image to name when neither <c>--image</c> nor <c>[Image]</c> names one: <c>$WEFT_IMAGE</c> (which Weft's container
/// defaults set inside an image to the image itself), else the image <c>dotnet publish -t:PublishContainer</c> builds from
/// this program by default (its assembly name in lower case, tag <c>latest</c>).
/// </summary>
internal static class DefaultImage
{
    /// <summary>The image for <paramref name="definition"/>, or <see langword="null"/> when every step already has one; <paramref name="guessed"/> says it is the build's default name.</summary>
    public static string? For(PipelineDefinition definition, out bool guessed)
    {
        guessed = false;
        if (definition.Image is not null || definition.Nodes.All(n => n.Policy.Image is not null))
        {
            return null;
        }

        if (Environment.GetEnvironmentVariable("WEFT_IMAGE") is { Length: > 0 } image)
        {
            return image.Trim();
        }

        if (Assembly.GetEntryAssembly()?.GetName().Name is { Length: > 0 } name)
        {
            guessed = true;
            return name.ToLowerInvariant() + ":latest";
        }

        return null;
    }
}
