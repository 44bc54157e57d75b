namespace Weft.Kubernetes.Tests.Manifests.Infrastructure;

/// <summary>How a program ended and what it wrote.</summary>
public sealed record ProgramResult(int ExitCode, string Output, string Error)
{
    /// <summary>The one line on standard error, without its <c>error: </c> prefix; fails unless there is exactly one.</summary>
    public string SingleError()
    {
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"Expected one error line, got {lines.Length}:\n{Error}");
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        return lines[0]["error: ".Length..];
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
