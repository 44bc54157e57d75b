using System.Text.RegularExpressions;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>
/// Reads docs/diagnostics: the pages and the C# examples they mark with <c>&lt;!-- test: triggers WEFTnnnn --&gt;</c>
/// (the example reports that ID) or <c>&lt;!-- test: clean --&gt;</c> (the fix generates cleanly).
/// </summary>
public static partial class DocumentationPages
{
    /// <summary>
    /// The records every page's examples use; the README shows them, the examples do not repeat them.
    /// Keep in sync with docs/diagnostics/README.md.
    /// </summary>
    public const string ExampleTypes = """
        public sealed record HouseTable(string Source, double[] Prices);

        public sealed record Model(double Slope, double Intercept);

        public sealed record Metrics(double Rmse, int Rows);
        """;

    public static string Directory { get; } = FindDirectory();

    public static string PagePath(string id) => Path.Combine(Directory, id + ".md");

    /// <summary>The marked examples of a page: what the marker expects (an ID, or null for clean) and the code.</summary>
    public static IReadOnlyList<(string? Triggers, string Code)> Examples(string page)
        => ExamplePattern().Matches(page)
            .Select(m => (m.Groups["id"].Success ? m.Groups["id"].Value : null, m.Groups["code"].Value))
            .ToList();

    private static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            {
                return Path.Combine(directory.FullName, "docs", "diagnostics");
            }
        }

        throw new DirectoryNotFoundException("No Dsl.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<!-- test: (?:triggers (?<id>WEFT\d{4})|clean) -->\s*```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ExamplePattern();
}
