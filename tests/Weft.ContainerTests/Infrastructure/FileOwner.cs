using System.Globalization;

namespace Weft.ContainerTests.Infrastructure;

/// <summary>Who owns a file on the host, and a store folder the container's non-root user can write to.</summary>
internal static class FileOwner
{
    /// <summary>The numeric owner of <paramref name="path"/> (<c>stat -c %u</c>: .NET has no API for it).</summary>
    public static async Task<int> UidAsync(string path)
    {
        var result = await ProcessRunner.RunAsync("stat", ["-c", "%u", path], TimeSpan.FromSeconds(30));
        return int.Parse(result.EnsureSuccess("stat").Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Opens every folder under <paramref name="root"/> to all users, as a volume shared by an orchestrator and its step
    /// containers is: the container runs as uid 1654, not as the test's user.
    /// </summary>
    public static void OpenFolders(string root)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The container tests run Linux containers on a Linux host.");
        }

        const UnixFileMode everyone = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(root, everyone);
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(folder, everyone);
        }
    }
}
