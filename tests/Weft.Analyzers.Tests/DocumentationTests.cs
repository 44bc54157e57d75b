using System.Globalization;

namespace Weft.Analyzers.Tests;

/// <summary>Every WEFT1xxx and WEFT2xxx rule has its page, listed in the README, and the page's examples do what it says.</summary>
public sealed class DocumentationTests
{
    private static IReadOnlyList<Microsoft.CodeAnalysis.DiagnosticDescriptor> AllDescriptors { get; } =
        ExampleCompiler.Analyzers.SelectMany(a => a.SupportedDiagnostics).ToList();

    private static IReadOnlyList<string> AllIds { get; } = AllDescriptors.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Ids => new(AllIds);

    private static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor(string id) => AllDescriptors.Single(d => d.Id == id);

    [Theory]
    [InlineData(1000)]
    [InlineData(2000)]
    public void Rules_HaveContiguousIdsInEachThousand(int family)
    {
        var ids = AllIds.Where(id => int.Parse(id[4..], CultureInfo.InvariantCulture) / 1000 * 1000 == family).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"WEFT{family + i}"), ids);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_ExistsAtTheHelpLinkAndStatesTitleSeverityAndMessage(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, descriptor.DefaultSeverity);

        var page = File.ReadAllText(DocumentationPages.PagePath(id));
        Assert.StartsWith($"# {id}: {descriptor.Title.ToString(CultureInfo.InvariantCulture)}\n", page.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
        Assert.Contains(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Readme_ListsThePageWithItsTitle(string id)
    {
        var readme = File.ReadAllText(Path.Combine(DocumentationPages.Directory, "README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {Descriptor(id).Title.ToString(CultureInfo.InvariantCulture)} |", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PageExamples_DoWhatThePageSays(string id)
    {
        var page = File.ReadAllText(DocumentationPages.PagePath(id));
        var examples = DocumentationPages.Examples(page);
        Assert.Contains(examples, e => e.Triggers == id);
        Assert.Contains(examples, e => e.Triggers is null);
        foreach (var (triggers, code) in examples)
        {
            var (errors, reported) = ExampleCompiler.Run(code);
            Assert.Empty(errors.Select(d => d.ToString()));
            if (triggers is null)
            {
                Assert.Empty(reported.Select(d => d.ToString()));
            }
            else
            {
                Assert.NotEmpty(reported);
                Assert.All(reported, d => Assert.Equal(triggers, d.Id));
                // The page quotes what the build prints for its example.
                Assert.All(reported, d => Assert.Contains($"warning {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}", page, StringComparison.Ordinal));
            }
        }
    }
}
