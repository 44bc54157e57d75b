using System.Runtime.InteropServices;

namespace Weft.PackageTests.Infrastructure;

/// <summary>
/// Publishes the <c>Consumers/NativeAot</c> project with Native AOT once per test run, against the run's packed feed:
/// an AOT publish takes the better part of a minute, so every test that needs the native app shares this one.
/// </summary>
internal static class NativeAotPublication
{
    private const string ProjectName = "NativeAot";

    // Restoring the ILCompiler package on a fresh machine, then compiling and linking the whole app, on 2 busy cores.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);
    private static readonly object s_gate = new();
    private static Task<PublishedNativeApp>? s_publication;

    public static Task<PublishedNativeApp> GetAsync(PackageFeed feed)
    {
        lock (s_gate)
        {
            return s_publication ??= PublishAsync(feed);
        }
    }

    private static async Task<PublishedNativeApp> PublishAsync(PackageFeed feed)
    {
        var project = ConsumerProject.Create(feed, ProjectName);
        var add = await project.DotnetAsync(s_timeout, "add", "package", "Weft", "--version", feed.Version);
        if (!add.Succeeded)
        {
            throw new InvalidOperationException("Adding the Weft package to the NativeAot consumer failed." + Environment.NewLine + add.Describe());
        }

        // What a user adds to publish the generated entrypoint natively. TrimmerSingleWarn=false lists every trimming
        // warning at its origin instead of one IL2104 per assembly, so a failure here names the code to fix.
        File.WriteAllText(project.ProjectFile, File.ReadAllText(project.ProjectFile).Replace(
            "<Nullable>enable</Nullable>",
            """
            <Nullable>enable</Nullable>
                <WeftEntrypoint>true</WeftEntrypoint>
                <PublishAot>true</PublishAot>
                <TrimmerSingleWarn>false</TrimmerSingleWarn>
            """,
            StringComparison.Ordinal));

        var output = Path.Combine(project.Directory, "native");
        var publish = await project.DotnetAsync(s_timeout, "publish", "-c", "Release", "-r", RuntimeIdentifier(), "-tl:off", "-o", output);
        return new PublishedNativeApp(project, publish, output);
    }

    private static string RuntimeIdentifier()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return os + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
    }
}
