using System.Diagnostics;

namespace Weft.IntegrationTests;

/// <summary>Starts <c>Weft.RuntimeHost</c> (copied next to the tests) as a child process running a pipeline on a store.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private HostProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    public static HostProcess Start(params string[] arguments)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "Weft.RuntimeHost.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("The host process did not start."));
    }

    /// <summary>Sends SIGKILL (what <see cref="Process.Kill()"/> does on Unix) and waits for the process to be gone.</summary>
    public async Task<int> KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    public async Task<(int ExitCode, string Output, string Errors)> WaitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return (_process.ExitCode, await _output, await _errors);
    }

    public bool HasExited => _process.HasExited;

    public async Task<string> ErrorsAsync() => _process.HasExited ? await _errors : "(still running)";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
