using System.Text;

namespace Weft.ContainerTests.Infrastructure;

/// <summary>What one finished (or killed) command did, with everything it printed.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, bool TimedOut, TimeSpan Elapsed, string StandardOutput, string StandardError)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The whole record, for assertion messages: a failing test shows what the tool said.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"$ {CommandLine}");
        text.AppendLine(TimedOut ? $"  TIMED OUT after {Elapsed.TotalSeconds:F1} s (process tree killed)" : $"  exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s");
        text.AppendLine("----- stdout -----");
        text.AppendLine(StandardOutput.TrimEnd());
        text.AppendLine("----- stderr -----");
        text.AppendLine(StandardError.TrimEnd());
        return text.ToString();
    }

    /// <summary>Throws with <see cref="Describe"/> unless the command succeeded; returns its standard output.</summary>
    public string EnsureSuccess(string what)
        => Succeeded ? StandardOutput : throw new InvalidOperationException($"{what} failed.{Environment.NewLine}{Describe()}");
}
