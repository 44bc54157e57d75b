using System.Globalization;
using Weft.Generators.Model;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>Every descriptor has its page, and the pages say what the generator does: examples are compiled and run.</summary>
public sealed class DocumentationTests
{
    public static TheoryData<string> Ids => new(DiagnosticCatalog.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

    [Fact]
    public void Catalog_HoldsContiguousIdsFromWEFT0000()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.True(ids.Count >= 17);
        Assert.Equal(Enumerable.Range(0, ids.Count).Select(i => $"WEFT{i:0000}"), ids);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_ExistsAtTheHelpLinkAndStatesTitleSeverityAndMessage(string id)
    {
        var descriptor = DiagnosticCatalog.Find(id);
        Assert.Equal($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri);

        var page = File.ReadAllText(DocumentationPages.PagePath(id));
        Assert.StartsWith($"# {id}: {descriptor.Title.ToString(CultureInfo.InvariantCulture)}\n", page.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Readme_LinksThePage(string id)
    {
        var readme = File.ReadAllText(Path.Combine(DocumentationPages.Directory, "README.md"));
        Assert.Contains($"[{id}]({id}.md)", readme, StringComparison.Ordinal);
        Assert.Contains(DocumentationPages.ExampleTypes.ReplaceLineEndings("\n"), readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PageExamples_DoWhatThePageSays(string id)
    {
        var page = File.ReadAllText(DocumentationPages.PagePath(id));
        var examples = DocumentationPages.Examples(page);
        if (id == DiagnosticDescriptors.GeneratorFailureId)
        {
            // A generator failure has no example by nature: any input that triggers it is a generator bug.
            Assert.Empty(examples);
            return;
        }

        if (id is DiagnosticDescriptors.EntrypointConflictsWithMainId or DiagnosticDescriptors.EntrypointNeedsCliId)
        {
            // Entrypoint examples need an executable project with WeftEntrypoint set: Entrypoint/EntrypointDocumentationTests runs them.
            return;
        }

        Assert.Contains(examples, e => e.Triggers == id);
        Assert.Contains(examples, e => e.Triggers is null);
        foreach (var (triggers, code) in examples)
        {
            var run = DiagnosticVerifier.Run([("Example.cs", code), ("ExampleTypes.cs", DocumentationPages.ExampleTypes)]);
            if (triggers is null)
            {
                Assert.Empty(run.Reported.Select(d => d.ToString()));
                Assert.Empty(run.CompilerProblems.Select(d => d.ToString()));
                Assert.NotEmpty(run.HintNames);
            }
            else
            {
                Assert.NotEmpty(run.Reported);
                Assert.All(run.Reported, d => Assert.Equal(triggers, d.Id));

                // The page quotes what the build prints for its example.
                Assert.All(run.Reported, d => Assert.Contains(d.GetMessage(CultureInfo.InvariantCulture), page, StringComparison.Ordinal));
            }
        }
    }
}
