using System.Text.RegularExpressions;

namespace Weft.PackageTests.Infrastructure;

/// <summary>
/// A diagnostic a consumer source announces with a <c>/*WEFTnnnn*/</c> comment placed right before the token it must
/// start at: the expected position is the character after the comment, so a moved mistake moves its expectation.
/// </summary>
internal sealed partial record ExpectedDiagnostic(string File, int Line, int Column, string Id)
{
    [GeneratedRegex(@"/\*(?<id>WEFT\d{4})\*/", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    public static IReadOnlyList<ExpectedDiagnostic> Read(IEnumerable<string> files)
    {
        var expected = new List<ExpectedDiagnostic>();
        foreach (var file in files)
        {
            var lines = System.IO.File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in Marker().Matches(lines[i]))
                {
                    expected.Add(new ExpectedDiagnostic(file, i + 1, match.Index + match.Length + 1, match.Groups["id"].Value));
                }
            }
        }

        return expected;
    }

    public override string ToString() => $"{Path.GetFileName(File)}({Line},{Column}): {Id}";
}
