namespace Weft.Cli.Output;

/// <summary>
/// A step's error where the step is already named (its own row of the progress or of <c>runs show</c>): the runtime's
/// "Step 'Join' failed: …" would say the name and the status twice, so the row shows only what follows them.
/// </summary>
internal static class StepErrorText
{
    public static string Cause(string node, string? error)
    {
        if (string.IsNullOrEmpty(error))
        {
            return string.Empty;
        }

        var named = $"Step '{node}' ";
        if (!error.StartsWith(named, StringComparison.Ordinal))
        {
            return OneLine.Of(error);
        }

        var rest = error[named.Length..];
        foreach (var said in (ReadOnlySpan<string>)["failed:", "was skipped "])
        {
            if (rest.StartsWith(said, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(rest[said.Length..]))
            {
                return OneLine.Of(rest[said.Length..].TrimStart());
            }
        }

        return OneLine.Of(rest);
    }

    /// <summary>
    /// Why an earlier attempt ended, after "after": an exception reads as itself ("after System.IO.IOException: …"), and what
    /// the runtime says of the step as a sentence ("timed out: …", "exited with code 137 …") gets its subject back.
    /// </summary>
    public static string After(string node, string? error)
    {
        var cause = Cause(node, error);
        var named = $"Step '{node}' ";
        return error is not null && error.StartsWith(named, StringComparison.Ordinal) && !error.AsSpan(named.Length).StartsWith("failed:", StringComparison.Ordinal)
            ? "after it " + cause
            : "after " + cause;
    }
}
