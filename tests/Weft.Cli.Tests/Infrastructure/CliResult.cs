namespace Weft.Cli.Tests.Infrastructure;

/// <summary>What one command-line invocation did: its exit code and everything it wrote.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Lines(Output);

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    /// <summary>The single error line, without its <c>error: </c> prefix; fails unless there is exactly one.</summary>
    public string SingleError()
    {
        var line = Assert.Single(ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        return line["error: ".Length..];
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}
