using System.Diagnostics;
using System.Text;

namespace Weft.PackageTests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI as a user's shell would, with a time limit and every byte of its output kept.</summary>
internal static class DotnetCommand
{
    // After the CLI exits, a build server it started may still hold our pipes open; what the CLI wrote is already in
    // the pipe by then, so a short grace period is enough to drain it without waiting for EOF that may never come.
    private static readonly TimeSpan s_drainGrace = TimeSpan.FromSeconds(5);

    public static Task<ProcessResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
        => RunProgramAsync(DotnetPath(), "dotnet", workingDirectory, timeout, arguments);

    /// <summary>Runs another program (a published app) the same way; <paramref name="shownName"/> names it in the record.</summary>
    public static async Task<ProcessResult> RunProgramAsync(string program, string shownName, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        PrepareEnvironment(start.Environment);
        var commandLine = shownName + " " + string.Join(' ', arguments.Select(Quote));
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{commandLine}'.");
        process.StandardInput.Close();

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var pumps = Task.WhenAll(PumpAsync(process.StandardOutput, stdout), PumpAsync(process.StandardError, stderr));

        var timedOut = false;
        using (var limit = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        await Task.WhenAny(pumps, Task.Delay(s_drainGrace));
        clock.Stop();
        return new ProcessResult(commandLine, workingDirectory, process.ExitCode, timedOut, clock.Elapsed, Snapshot(stdout), Snapshot(stderr));
    }

    private static string DotnetPath()
    {
        // The SDK that runs these tests names its own host; a user's shell would find the same one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private static void PrepareEnvironment(IDictionary<string, string?> environment)
    {
        // `dotnet test` leaks its MSBuild settings (SDK paths, node handshakes) into the test host; a user's shell has none.
        foreach (var key in environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(key);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // Lingering MSBuild nodes and the MSBuild server would outlive the command and keep its output pipes open.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (sink)
            {
                sink.Append(buffer, 0, read);
            }
        }
    }

    private static string Snapshot(StringBuilder sink)
    {
        lock (sink)
        {
            return sink.ToString();
        }
    }

    private static string Quote(string argument) => argument.Contains(' ') ? $"\"{argument}\"" : argument;
}
