using System.CommandLine;
using System.Globalization;

namespace Weft.Cli;

/// <summary>The <c>--seed N</c> option of the commands that start a run (<c>run</c>, <c>step --prepare</c>, <c>k8s render</c>).</summary>
public static class SeedOption
{
    /// <summary>A <c>--seed</c> option that takes a whole number and names a malformed one; absent, its value is <see langword="null"/>.</summary>
    /// <param name="description">What the seed is for in this command, for <c>--help</c>.</param>
    public static Option<long?> Create(string description) => new("--seed")
    {
        Description = description,
        HelpName = "N",
        CustomParser = Parse,
    };

    private static long? Parse(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"--seed '{text}' is not a whole number.");
        return null;
    }
}
