using System.Diagnostics;
using System.Reflection;

namespace Weft.Cli.Tests.Infrastructure;

/// <summary>
/// Starts tests/Weft.Cli.TestApp, a program whose only Main is the generated entrypoint, as <c>dotnet Weft.Cli.TestApp.dll ...</c>
/// with standard output and error redirected (so progress is plain lines), and returns what it did.
/// </summary>
public static class TestApp
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    public static string AssemblyPath { get; } = typeof(TestApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "WeftCliTestApp").Value!;

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args)
        => RunAsync(workingDirectory, whileRunning: null, args);

    /// <summary>Runs the app; <paramref name="whileRunning"/> gets the process and its output so far, as the app runs.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, Func<Process, Func<string>, Task>? whileRunning, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The store comes from --store or the working directory in these tests, never from the machine's environment.
        start.Environment.Remove("WEFT_STORE");
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        var error = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            if (whileRunning is not null)
            {
                await whileRunning(process, () => Text(output));
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {AssemblyPath} {string.Join(' ', args)} did not finish within {s_timeout}.");
        }

        // WaitForExitAsync returns once the redirected streams are drained, so the text is complete here.
        var result = new CliResult(process.ExitCode, Text(output), Text(error));
        Shell.AssertNoStackTrace(result);
        return result;
    }

    private static void Append(System.Text.StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Text(System.Text.StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
