using System.Globalization;
using Microsoft.CodeAnalysis;
using Weft.Generators.Tests.Diagnostics;

namespace Weft.Generators.Tests.Entrypoint;

/// <summary>
/// The examples of the entrypoint pages (WEFT0017, WEFT0018) do what the pages say, built as the page's project would be:
/// an executable with WeftEntrypoint set, with Weft.Cli referenced except where WEFT0018 is the point.
/// </summary>
public sealed class EntrypointDocumentationTests
{
    // What <ImplicitUsings>enable</ImplicitUsings> gives the console project the pages show.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Theory]
    [InlineData("WEFT0017", true)]
    [InlineData("WEFT0018", false)]
    public void PageExamples_DoWhatThePageSays(string id, bool exampleReferencesCli)
    {
        var page = File.ReadAllText(DocumentationPages.PagePath(id));
        var examples = DocumentationPages.Examples(page);
        Assert.Contains(examples, e => e.Triggers == id);
        Assert.Contains(examples, e => e.Triggers is null);

        foreach (var (triggers, code) in examples)
        {
            var run = EntrypointHarness.Run("true", OutputKind.ConsoleApplication, referenceCli: triggers is null || exampleReferencesCli,
                ("Example.cs", code), ("ExampleTypes.cs", DocumentationPages.ExampleTypes), ("GlobalUsings.cs", ImplicitUsings));
            if (triggers is null)
            {
                Assert.Empty(run.Weft.Select(d => d.ToString()));
                Assert.NotNull(run.EntrypointSource);
                Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
            }
            else
            {
                var diagnostic = Assert.Single(run.Weft);
                Assert.Equal(triggers, diagnostic.Id);
                Assert.Contains(diagnostic.GetMessage(CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
            }
        }
    }
}
