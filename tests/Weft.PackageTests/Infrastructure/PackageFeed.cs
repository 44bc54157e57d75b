using System.Globalization;

namespace Weft.PackageTests.Infrastructure;

/// <summary>
/// Packs src/Weft (and src/Weft.Kubernetes) once per test run into a temporary folder feed, under a prerelease version no earlier run used, so
/// the machine's global NuGet cache can never hand a consumer a stale package. The build happens in a private artifacts
/// folder: like a clean clone, nothing under the repository's bin/ or obj/ is read or written.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    private static readonly TimeSpan s_packTimeout = TimeSpan.FromMinutes(4);

    public PackageFeed()
    {
        Version = "0.1.0-t" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        Root = Path.Combine(Path.GetTempPath(), "weft-package-tests", Version);
    }

    /// <summary>The package version of this run.</summary>
    public string Version { get; }

    /// <summary>The temporary folder that holds the feed, the pack's build output and the consumer projects.</summary>
    public string Root { get; }

    /// <summary>The local folder feed a consumer's NuGet.config adds.</summary>
    public string FeedDirectory => Path.Combine(Root, "feed");

    /// <summary>The packed <c>Weft.&lt;version&gt;.nupkg</c>.</summary>
    public string PackagePath => Path.Combine(FeedDirectory, $"Weft.{Version}.nupkg");

    /// <summary>What <c>dotnet pack</c> printed.</summary>
    internal ProcessResult? PackResult { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        PackResult = await DotnetCommand.RunAsync(RepositoryPaths.Root, s_packTimeout,
            "pack", RepositoryPaths.WeftProject, "-c", "Release", "-tl:off",
            "-o", FeedDirectory,
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            $"-p:Version={Version}");
        if (!PackResult.Succeeded || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing Weft {Version} into {FeedDirectory} failed.{Environment.NewLine}{PackResult.Describe()}");
        }

        // Weft.Kubernetes at the same version, into the same feed: it depends on this Weft.
        var kubernetes = await DotnetCommand.RunAsync(RepositoryPaths.Root, s_packTimeout,
            "pack", RepositoryPaths.KubernetesProject, "-c", "Release", "-tl:off",
            "-o", FeedDirectory,
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            $"-p:Version={Version}");
        if (!kubernetes.Succeeded || !File.Exists(Path.Combine(FeedDirectory, $"Weft.Kubernetes.{Version}.nupkg")))
        {
            throw new InvalidOperationException($"Packing Weft.Kubernetes {Version} into {FeedDirectory} failed.{Environment.NewLine}{kubernetes.Describe()}");
        }
    }

    public Task DisposeAsync()
    {
        TryDelete(Root);
        // The version is unique to this run, so its copy in the global cache is ours to remove.
        TryDelete(Path.Combine(GlobalPackagesFolder(), "weft", Version.ToLowerInvariant()));
        TryDelete(Path.Combine(GlobalPackagesFolder(), "weft.kubernetes", Version.ToLowerInvariant()));
        return Task.CompletedTask;
    }

    /// <summary>Creates an empty folder for one consumer project under <see cref="Root"/>.</summary>
    public string NewProjectDirectory(string name)
    {
        var directory = Path.Combine(Root, "consumers", name);
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return !string.IsNullOrEmpty(configured)
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless; a cleanup failure must not hide the tests' own result.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
