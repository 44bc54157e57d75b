using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Weft.Kubernetes.Tests.Manifests.Infrastructure;

/// <summary>Starts a built program (<c>dotnet X.dll args…</c>) with redirected output and returns what it did.</summary>
public static class ProgramRun
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    /// <summary>tests/Weft.Kubernetes.TestApp: the test pipelines behind a generated Main that registers Weft.Kubernetes.</summary>
    public static string TestApp { get; } = PathOf("WeftKubernetesTestApp");

    /// <summary>samples/HousePrices.</summary>
    public static string HousePrices { get; } = PathOf("WeftHousePrices");

    public static Task<ProgramResult> RunAsync(string assembly, IReadOnlyDictionary<string, string>? environment, params string[] args)
        => RunInAsync(Path.GetTempPath(), assembly, environment, args);

    /// <summary>Runs the program from <paramref name="workingDirectory"/>, where the relative paths a user types resolve.</summary>
    public static async Task<ProgramResult> RunInAsync(string workingDirectory, string assembly, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("KUBECONFIG");
        start.Environment.Remove("KUBERNETES_SERVICE_HOST");
        start.Environment.Remove("WEFT_IMAGE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

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
            throw new TimeoutException($"dotnet {assembly} {string.Join(' ', args)} did not finish within {s_timeout}.");
        }

        return new ProgramResult(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }

    private static string PathOf(string key) => typeof(ProgramRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
