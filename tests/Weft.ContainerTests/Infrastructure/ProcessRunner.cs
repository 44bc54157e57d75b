using System.Diagnostics;
using System.Text;

namespace Weft.ContainerTests.Infrastructure;

/// <summary>Runs a command to completion with a time limit, keeping all it printed; podman gets the repository's settings.</summary>
internal static class ProcessRunner
{
    // A build server or container runtime the command started may keep our pipes open after it exits; what the command
    // itself wrote is in the pipe by then.
    private static readonly TimeSpan s_drainGrace = TimeSpan.FromSeconds(5);

    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
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

        ContainerTools.PrepareEnvironment(start.Environment);
        var commandLine = string.Join(' ', new[] { fileName }.Concat(start.ArgumentList).Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
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
        return new ProcessResult(commandLine, process.ExitCode, timedOut, clock.Elapsed, Snapshot(stdout), Snapshot(stderr));
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
}
