using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ColdStartHarness;

/// <summary>Where and when the figures were taken: cold starts move with the machine and with how busy it is.</summary>
internal sealed record MachineInfo(string Date, string Commit, string Cpu, int Cores, string Memory, string Runtime, string Load)
{
    public static MachineInfo Capture() => new(
        DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        Git("rev-parse --short HEAD"),
        Field("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        Field("/proc/meminfo", "MemTotal") ?? "?",
        RuntimeInformation.FrameworkDescription,
        LoadAverage());

    public static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? Field(string file, string key)
        => File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault()
            : null;

    private static string Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? text : "?";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
