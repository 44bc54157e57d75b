using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>Asserts that correct pipelines generate without any WEFT diagnostic and compile without errors or warnings.</summary>
public static partial class CleanGeneration
{
    /// <summary>Runs the generator and checks that each of <paramref name="pipelineTypes"/> got its source and that nothing complains.</summary>
    public static GeneratorRun Assert(IReadOnlyList<(string Path, string Markup)> files, params string[] pipelineTypes)
    {
        var run = DiagnosticVerifier.Verify(files);
        foreach (var type in pipelineTypes)
        {
            Xunit.Assert.Contains(type + ".Pipeline.g.cs", run.HintNames);
        }

        Xunit.Assert.Equal(pipelineTypes.Length, run.HintNames.Count);
        Xunit.Assert.True(run.CompilerProblems.Count == 0, string.Join(Environment.NewLine, run.CompilerProblems.Select(Describe)));
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        Xunit.Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Select(Describe)));
        return run;
    }

    public static GeneratorRun Assert(string source, params string[] pipelineTypes) => Assert([("Source0.cs", source)], pipelineTypes);

    /// <summary>The node names of a generated pipeline, in the order the definition lists them.</summary>
    public static IReadOnlyList<string> NodeNames(GeneratorRun run, string pipelineType) => Nodes(run, pipelineType).Select(n => n.Name).ToList();

    /// <summary>Each generated node's name with the text of its definition (inputs, outputs, invoker, policy).</summary>
    public static IReadOnlyList<(string Name, string Text)> Nodes(GeneratorRun run, string pipelineType)
    {
        var text = run.Result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == pipelineType + ".Pipeline.g.cs").SourceText.ToString();
        var matches = NodePattern().Matches(text);
        return matches.Select((m, i) => (m.Groups[1].Value, text[m.Index..(i + 1 < matches.Count ? matches[i + 1].Index : text.Length)])).ToList();
    }

    private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Location.GetLineSpan()}: {diagnostic.Id} {diagnostic.GetMessage()}";

    [GeneratedRegex("new global::Weft\\.StepNode\\(\\s*\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex NodePattern();
}
