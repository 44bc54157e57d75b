using System.Diagnostics;
using System.Text;

namespace ColdStartHarness;

/// <summary>Starts the app once and times it; its output goes to pipes the harness drains, as a pod's log collector would.</summary>
internal static class Spawner
{
    public static Sample Run(string executable, IReadOnlyList<string> arguments, string workingDirectory)
        => Start(executable, arguments, workingDirectory).Sample;

    /// <summary>Runs the app untimed and returns what it wrote to standard output.</summary>
    public static string Capture(string executable, IReadOnlyList<string> arguments)
        => Start(executable, arguments, Path.GetTempPath()).Output;

    private static (Sample Sample, string Output) Start(string executable, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        var cpuBefore = ChildUsage.CpuTime();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        clock.Stop();
        var cpu = ChildUsage.CpuTime() - cpuBefore;

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{executable} {string.Join(' ', arguments)}' exited with {process.ExitCode}:{Environment.NewLine}{Snapshot(output)}{Snapshot(error)}");
        }

        return (new Sample(clock.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds), Snapshot(output));
    }

    private static void Append(StringBuilder sink, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (sink)
        {
            sink.AppendLine(line);
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
