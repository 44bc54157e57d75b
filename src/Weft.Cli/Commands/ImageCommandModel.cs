namespace Weft.Cli.Commands;

/// <summary>
/// What a Containerfile template sees (as snake_case variables): the image's base, name, entrypoint assembly and user,
/// and the program's pipelines. Built from the command's options; the same options give the same model.
/// </summary>
internal sealed record ImageCommandModel
{
    /// <summary>Microsoft's image for self-contained .NET apps: glibc, OpenSSL and ICU, and the non-root user <c>app</c>.</summary>
    public const string DefaultBaseImage = "mcr.microsoft.com/dotnet/runtime-deps:10.0";

    /// <summary>The non-root user of Microsoft's .NET images and of Weft's host-library base image (<c>app</c>).</summary>
    public const string DefaultUser = "1654";

    /// <summary>Where the app's files go and where it runs.</summary>
    public const string WorkingDirectory = "/app";

    /// <summary>The image to build on (<c>base_image</c>).</summary>
    public required string BaseImage { get; init; }

    /// <summary>The image's name, also its default <c>WEFT_IMAGE</c> (<c>app</c>).</summary>
    public required string App { get; init; }

    /// <summary>The executable the entrypoint runs, the project's assembly name (<c>assembly</c>).</summary>
    public required string Assembly { get; init; }

    /// <summary>The user the container runs as: a name or <c>uid[:gid]</c> (<c>user</c>).</summary>
    public required string User { get; init; }

    /// <summary>Whether the image sets invariant globalization because its base has no ICU (<c>invariant_globalization</c>).</summary>
    public required bool InvariantGlobalization { get; init; }

    /// <summary>The program's pipelines, sorted by name, each with its steps in graph order (<c>pipelines</c>).</summary>
    public required IReadOnlyList<ImageCommandPipeline> Pipelines { get; init; }

    /// <summary>
    /// Whether <paramref name="baseImage"/> is known to lack ICU: Alpine, chiseled images without "extra", and Weft's
    /// host-library base (<c>weft-base</c>). The same rule as the Weft package's container targets.
    /// </summary>
    public static bool BaseHasNoIcu(string baseImage)
    {
        var name = baseImage.ToLowerInvariant();
        return name.Contains("alpine", StringComparison.Ordinal)
            || name.Contains("weft-base", StringComparison.Ordinal)
            || (name.Contains("chiseled", StringComparison.Ordinal) && !name.Contains("extra", StringComparison.Ordinal));
    }
}
