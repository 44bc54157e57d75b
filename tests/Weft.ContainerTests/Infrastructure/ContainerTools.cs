namespace Weft.ContainerTests.Infrastructure;

/// <summary>
/// The tools the container tests need (podman with runc, and docker-registry for the SDK's container publishing), and the
/// environment every command gets: the repository's podman settings unless the caller chose others, as .ci/run does.
/// </summary>
internal static class ContainerTools
{
    private static readonly string[] s_required = ["podman", "runc", "docker-registry"];
    private static readonly Lazy<IReadOnlyList<string>> s_missing = new(() => s_required.Where(t => Find(t) is null).ToList());

    public static string Podman => Find("podman") ?? "podman";

    public static string Registry => Find("docker-registry") ?? "docker-registry";

    /// <summary>Whether this is a CI run (<c>CI=true</c>), where a missing tool is a failure, not a reason to skip.</summary>
    public static bool IsContinuousIntegration
        => Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>Why the container tests cannot run here, or <see langword="null"/> when every tool is installed.</summary>
    public static string? Problem => s_missing.Value.Count == 0
        ? null
        : $"{string.Join(", ", s_missing.Value)} not installed (on PATH): run .ci/run as root, which installs them, "
          + $"or apt-get install --no-install-recommends {string.Join(' ', s_missing.Value)}.";

    /// <summary>Throws unless every tool is installed: what a test that must not skip does first.</summary>
    public static void Require()
    {
        if (Problem is { } problem)
        {
            throw new InvalidOperationException("The container tests cannot run: " + problem);
        }
    }

    public static void PrepareEnvironment(IDictionary<string, string?> environment)
    {
        // `dotnet test` leaks its MSBuild settings (SDK paths, node handshakes) into the test host; a shell has none.
        foreach (var key in environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(key);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // Lingering MSBuild nodes would outlive the command and keep its output pipes open.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CONTAINERS_CONF")))
        {
            environment["CONTAINERS_CONF"] = Path.Combine(RepositoryPaths.ContainersFolder, "containers.conf");
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CONTAINERS_STORAGE_CONF")))
        {
            environment["CONTAINERS_STORAGE_CONF"] = Path.Combine(RepositoryPaths.ContainersFolder, "storage.conf");
        }
    }

    private static string? Find(string tool)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        // runc lives in /usr/sbin, which a non-login PATH may lack; podman finds it there anyway.
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/sbin").Append("/usr/bin")
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
    }
}
