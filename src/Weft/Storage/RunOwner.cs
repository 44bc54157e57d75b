using System.Diagnostics;
using System.Globalization;

namespace Weft.Storage;

/// <summary>
/// Identifies the process running a run (<c>host:pid:start</c>), so that a run left "Running" by a killed process can be
/// told apart from one that is still going. The process start time guards against a reused pid.
/// </summary>
internal static class RunOwner
{
    private static readonly Lazy<string> s_current = new(() => Describe(Environment.MachineName, Environment.ProcessId, StartTicks(Process.GetCurrentProcess())));

    public static string Current => s_current.Value;

    /// <summary><c>host:pid</c> for display.</summary>
    public static string? Display(string? owner)
    {
        if (owner is null)
        {
            return null;
        }

        var last = owner.LastIndexOf(':');
        return last > 0 ? owner[..last] : owner;
    }

    /// <summary>
    /// Whether the owner is a process on this host that no longer exists. An owner on another host cannot be checked and
    /// counts as alive.
    /// </summary>
    public static bool IsDead(string? owner)
    {
        if (owner is null)
        {
            return true;
        }

        var parts = owner.Split(':');
        if (parts.Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        if (!string.Equals(parts[0], Environment.MachineName, StringComparison.Ordinal))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return !string.Equals(owner, Current, StringComparison.Ordinal);
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || Math.Abs(StartTicks(process) - ticks) > 2;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static string Describe(string host, int pid, long startTicks)
        => string.Create(CultureInfo.InvariantCulture, $"{host}:{pid}:{startTicks}");

    private static long StartTicks(Process process)
    {
        try
        {
            // Whole seconds, compared with slack: on Linux the start time is derived from the boot time, which moves slightly
            // with clock adjustments, so two readings of one process can differ by a fraction of a second.
            return process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return 0;
        }
    }
}
