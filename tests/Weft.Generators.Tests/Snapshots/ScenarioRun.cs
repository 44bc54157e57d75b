using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Snapshots;

/// <summary>One generator run over a set of files: the driver's result and the compilation with the generated sources.</summary>
public sealed class ScenarioRun
{
    private ScenarioRun(GeneratorDriverRunResult result, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Result = result;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
    }

    public GeneratorDriverRunResult Result { get; }

    /// <summary>The input compilation plus the generated sources.</summary>
    public Compilation Output { get; }

    /// <summary>What the generator reported.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>Every generated source by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources => Result.Results.SelectMany(r => r.GeneratedSources)
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Compiles <paramref name="files"/> with every warning wave on, and runs the generator once.</summary>
    public static ScenarioRun Of(IEnumerable<(string Path, string Text)> files)
    {
        var compilation = GeneratorHarness.Compile([.. files]);
        compilation = compilation.WithOptions(compilation.Options.WithWarningLevel(9999));
        var (result, output, diagnostics) = GeneratorHarness.Run(compilation);
        return new ScenarioRun(result, output, diagnostics);
    }

    public static ScenarioRun Of(PipelineScenario scenario) => Of(scenario.Files);

    /// <summary>The generated source of <paramref name="hintName"/>; fails if the generator threw or wrote no such source.</summary>
    public string Source(string hintName)
    {
        AssertNoException();
        Assert.True(Sources.TryGetValue(hintName, out var text),
            $"No generated source '{hintName}'; generated: [{string.Join(", ", Sources.Keys)}]; reported: [{string.Join("; ", GeneratorDiagnostics)}]");
        return text!;
    }

    public void AssertNoException()
    {
        var failures = Result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()).ToList();
        Assert.True(failures.Count == 0, "The generator threw: " + string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// Asserts that the generator reported nothing and that the output compilation (user and generated code) has no
    /// diagnostic above Hidden: no error, no warning of any warning wave, no info.
    /// </summary>
    public void AssertClean()
    {
        AssertNoException();
        Assert.True(GeneratorDiagnostics.IsEmpty, "The generator reported:" + Environment.NewLine + string.Join(Environment.NewLine, GeneratorDiagnostics));
        var problems = Output.GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Hidden).ToList();
        Assert.True(problems.Count == 0, "The output compilation has diagnostics:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}
