using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators.Model;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>
/// Runs the pipeline generator over marked sources (plus <see cref="SharedTypes"/>) and compares the WEFT diagnostics a
/// build would show with the expected ones: ID, file, exact span and the message formatted from the expected arguments.
/// </summary>
public static partial class DiagnosticVerifier
{
    /// <summary>One source file named Source0.cs.</summary>
    public static GeneratorRun Verify(string markup, params ExpectedDiagnostic[] expected)
        => Verify([("Source0.cs", markup)], expected);

    /// <summary>Several files; markers are numbered across all of them, in the order the files are given.</summary>
    public static GeneratorRun Verify(IReadOnlyList<(string Path, string Markup)> files, params ExpectedDiagnostic[] expected)
    {
        var run = Run(files);
        AssertReported(run, expected);
        return run;
    }

    /// <summary>Runs the generator; <paramref name="configure"/> may change the compilation first (options, editorconfig).</summary>
    public static GeneratorRun Run(IReadOnlyList<(string Path, string Markup)> files, Func<CSharpCompilation, CSharpCompilation>? configure = null)
    {
        var sources = files.Select(f => MarkedSource.Parse(f.Path, f.Markup)).ToList();
        var compilation = GeneratorHarness.Compile([.. sources.Select(s => (s.Path, s.Text)), (SharedTypes.Path, SharedTypes.Source)]);
        if (configure is not null)
        {
            compilation = configure(compilation);
        }

        var (result, output, diagnostics) = GeneratorHarness.Run(compilation);
        var failures = result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()).ToList();
        Assert.True(failures.Count == 0, "The generator threw: " + string.Join(Environment.NewLine, failures));
        return new GeneratorRun(sources, output, result, diagnostics);
    }

    /// <summary>Asserts that the reported (unsuppressed) WEFT diagnostics are exactly <paramref name="expected"/>.</summary>
    public static void AssertReported(GeneratorRun run, params ExpectedDiagnostic[] expected)
    {
        var markers = run.Sources.SelectMany(s => s.Spans.Select(span => (Source: s, Span: span))).ToList();
        var expectedLines = expected.Select(e => ExpectedLine(e, markers)).OrderBy(l => l, StringComparer.Ordinal).ToList();
        var actualLines = run.Reported.Select(d => ActualLine(d, run.Sources)).OrderBy(l => l, StringComparer.Ordinal).ToList();
        Assert.True(expectedLines.SequenceEqual(actualLines),
            "Expected:" + Environment.NewLine + string.Join(Environment.NewLine, expectedLines) + Environment.NewLine +
            "Actual:" + Environment.NewLine + string.Join(Environment.NewLine, actualLines));

        foreach (var diagnostic in run.Reported)
        {
            // The diagnostic must come from the published descriptor, so its help link and severity are the documented ones.
            Assert.Same(DiagnosticCatalog.Find(diagnostic.Id), diagnostic.Descriptor);
        }
    }

    /// <summary>The message <paramref name="id"/> shows for <paramref name="arguments"/>; fails if their count does not fit the format.</summary>
    public static string FormatMessage(string id, params string[] arguments)
    {
        var format = DiagnosticCatalog.Find(id).MessageFormat.ToString(CultureInfo.InvariantCulture);
        var placeholders = PlaceholderPattern().Matches(format).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var expectedCount = placeholders.Count == 0 ? 0 : placeholders.Max() + 1;
        Assert.True(arguments.Length == expectedCount, $"{id} takes {expectedCount} message arguments; the test gave {arguments.Length}");
        return string.Format(CultureInfo.InvariantCulture, format, arguments);
    }

    private static string ExpectedLine(ExpectedDiagnostic expected, List<(MarkedSource Source, TextSpan Span)> markers)
    {
        Assert.True(expected.Marker >= 0 && expected.Marker < markers.Count,
            $"{expected.Id} expects marker {expected.Marker}, but the sources mark {markers.Count} span(s)");
        var (source, span) = markers[expected.Marker];
        return Line(expected.Id, source.Path, span, source.Text, FormatMessage(expected.Id, expected.Arguments));
    }

    private static string ActualLine(Diagnostic diagnostic, IReadOnlyList<MarkedSource> sources)
    {
        var path = diagnostic.Location.GetLineSpan().Path;
        var span = diagnostic.Location.SourceSpan;
        var text = sources.FirstOrDefault(s => s.Path == path)?.Text ?? string.Empty;
        return Line(diagnostic.Id, path, span, text, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    private static string Line(string id, string path, TextSpan span, string text, string message)
    {
        var covered = span.End <= text.Length ? text.Substring(span.Start, span.Length) : "<outside the source>";
        return $"{id} {path}[{span.Start}..{span.End}) \"{covered}\": {message}";
    }

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
