using System.Text;

namespace Weft.PackageTests.Infrastructure;

/// <summary>What one finished (or killed) <c>dotnet</c> command did, with everything it printed.</summary>
internal sealed record ProcessResult(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    bool TimedOut,
    TimeSpan Elapsed,
    string StandardOutput,
    string StandardError)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The full record of the command, for assertion messages: a failing test shows what the tool said.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"$ {CommandLine}");
        text.AppendLine($"  in {WorkingDirectory}");
        text.AppendLine(TimedOut
            ? $"  TIMED OUT after {Elapsed.TotalSeconds:F1} s (process tree killed)"
            : $"  exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s");
        text.AppendLine("----- stdout -----");
        text.AppendLine(StandardOutput.TrimEnd());
        text.AppendLine("----- stderr -----");
        text.AppendLine(StandardError.TrimEnd());
        text.AppendLine("------------------");
        return text.ToString();
    }
}
