using Microsoft.CodeAnalysis;
using Weft.Generators.Parsing;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.FastPath;

/// <summary>One generator run over fresh syntax trees (so no cached parse is reused) with the Define fast path on or off.</summary>
public sealed record FastPathRun(IReadOnlyList<string> Sources, IReadOnlyList<string> Diagnostics, int FastCalls, int Fallbacks)
{
    public static FastPathRun Of(bool fastPath, params (string Path, string Text)[] files)
    {
        var observer = new BodyLoweringMode.Observer { FastPathDisabled = !fastPath };
        using (BodyLoweringMode.Use(observer))
        {
            var (result, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Compile(files));
            var sources = result.Results.SelectMany(r => r.GeneratedSources)
                .Select(s => s.HintName + "\n" + s.SourceText)
                .ToList();
            var reported = diagnostics.Select(Describe).ToList();
            return new FastPathRun(sources, reported, observer.FastCalls, observer.Fallbacks);
        }
    }

    /// <summary>Runs both ways and asserts byte-identical generated sources and identical diagnostics; returns the fast run.</summary>
    public static FastPathRun AssertSame(params (string Path, string Text)[] files)
    {
        var bound = Of(fastPath: false, files);
        var fast = Of(fastPath: true, files);
        Assert.Equal(0, bound.FastCalls);
        Assert.Equal(bound.Diagnostics, fast.Diagnostics);
        Assert.Equal(bound.Sources.Count, fast.Sources.Count);
        for (var i = 0; i < bound.Sources.Count; i++)
        {
            Assert.Equal(bound.Sources[i], fast.Sources[i]);
        }

        return fast;
    }

    private static string Describe(Diagnostic diagnostic)
        => $"{diagnostic.Id} {diagnostic.Severity} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
}
