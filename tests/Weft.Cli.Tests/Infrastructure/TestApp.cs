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

    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
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

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {AssemblyPath} {string.Join(' ', args)} did not finish within {s_timeout}.");
        }

        var result = new CliResult(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
        Shell.AssertNoStackTrace(result);
        return result;
    }
}
