using System.Text;

namespace Weft.Cli;

/// <summary>Makes any message fit on one line: an error the command line prints must never spill over several.</summary>
internal static class OneLine
{
    /// <summary>Each run of line breaks, tabs and other control characters becomes one space; the ends are trimmed.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var inControlRun = false;
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                if (!inControlRun)
                {
                    builder.Append(' ');
                    inControlRun = true;
                }

                continue;
            }

            inControlRun = false;
            builder.Append(c);
        }

        return builder.ToString().Trim();
    }
}
