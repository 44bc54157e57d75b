using System.Globalization;

namespace Weft;

/// <summary>What a step process's exit code says about how it ended, for error lines.</summary>
internal static class ExitCodeText
{
    /// <summary>"exited with code 134 (crashed: SIGABRT)", and so on.</summary>
    public static string Describe(int exitCode)
    {
        var code = exitCode.ToString(CultureInfo.InvariantCulture);
        var meaning = exitCode switch
        {
            0 => null,
            130 => "interrupted: SIGINT",
            134 => "crashed: SIGABRT",
            137 => "killed: SIGKILL, by a timeout or out of memory",
            139 => "crashed: SIGSEGV",
            143 => "terminated: SIGTERM",
            > 128 and < 160 => string.Create(CultureInfo.InvariantCulture, $"killed by signal {exitCode - 128}"),
            // Windows reports a fail-fast or an unhandled native fault as an NTSTATUS, which reads as a negative number.
            < 0 => "crashed",
            _ => null,
        };
        return meaning is null ? $"exited with code {code}" : $"exited with code {code} ({meaning})";
    }
}
