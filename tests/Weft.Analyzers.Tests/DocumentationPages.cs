using System.Text.RegularExpressions;

namespace Weft.Analyzers.Tests;

/// <summary>Reads docs/diagnostics/ pages and their tested examples (<c>&lt;!-- test: triggers WEFTnnnn --&gt;</c> or <c>clean</c>).</summary>
internal static partial class DocumentationPages
{
    public static string Directory { get; } = FindDirectory();

    public static string PagePath(string id) => Path.Combine(Directory, id + ".md");

    public static IReadOnlyList<(string? Triggers, string Code)> Examples(string page) =>
        ExamplePattern().Matches(page.ReplaceLineEndings("\n"))
            .Select(m => (m.Groups["id"].Success ? m.Groups["id"].Value : null, m.Groups["code"].Value))
            .ToList();

    [GeneratedRegex(@"<!-- test: (?:triggers (?<id>WEFT\d{4})|clean) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "diagnostics");
            if (File.Exists(Path.Combine(dir.FullName, "Dsl.sln")) && System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("docs/diagnostics/ not found above " + AppContext.BaseDirectory);
    }
}
