namespace Weft.ContainerTests.Infrastructure;

/// <summary>podman with the repository's settings (see <see cref="ContainerTools.PrepareEnvironment"/>).</summary>
internal static class Podman
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    public static Task<ProcessResult> RunAsync(params string[] arguments)
        => ProcessRunner.RunAsync(ContainerTools.Podman, arguments, s_timeout);

    /// <summary>Runs podman and returns its standard output, or throws with all it printed.</summary>
    public static async Task<string> OutputAsync(params string[] arguments)
        => (await RunAsync(arguments)).EnsureSuccess("podman " + arguments[0]).Trim();
}
