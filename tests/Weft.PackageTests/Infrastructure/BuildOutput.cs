using System.Globalization;
using System.Text.RegularExpressions;

namespace Weft.PackageTests.Infrastructure;

/// <summary>Reads the diagnostics out of MSBuild's classic console output (<c>-tl:off</c>).</summary>
internal static partial class BuildOutput
{
    // "path(line,col): error ID: message [project]", "path(line,col,endLine,endCol): ...", or "path : warning ID: message".
    [GeneratedRegex(@"^\s*(?<file>.*?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\))?\s*:\s+(?<severity>error|warning)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DiagnosticLine();

    /// <summary>Every distinct diagnostic (MSBuild repeats them in its summary), in order of first appearance.</summary>
    public static IReadOnlyList<BuildDiagnostic> Diagnostics(ProcessResult result)
    {
        var seen = new HashSet<BuildDiagnostic>();
        var diagnostics = new List<BuildDiagnostic>();
        foreach (var line in (result.StandardOutput + "\n" + result.StandardError).Split('\n'))
        {
            var match = DiagnosticLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var diagnostic = new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                Number(match.Groups["line"]),
                Number(match.Groups["col"]),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value);
            if (seen.Add(diagnostic))
            {
                diagnostics.Add(diagnostic);
            }
        }

        return diagnostics;
    }

    private static int Number(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
}
