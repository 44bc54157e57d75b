using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Tests.Infrastructure;
using Weft.Generators.Tests.Snapshots;
using Xunit.Abstractions;

namespace Weft.Generators.Tests.Robustness;

/// <summary>
/// Over a thousand damaged variants of the representative pipelines (what an editor shows the generator while the user
/// types) go through the driver: none may make the generator throw or fall back to its internal-error diagnostic.
/// The variants come from a fixed seed, so a failure reproduces; it is reported shrunk, with the exception's stack.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    private const int Seed = 20_240_611;
    private const int VariantsPerScenario = 150;
    private const int ChainedVariantsPerScenario = 50;
    private const int MaxShrunkReports = 3;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void MutatedPipelines_NeverCrashTheGenerator()
    {
        var stopwatch = Stopwatch.StartNew();
        var variants = 0;
        var outcomes = new Outcomes();
        var failing = new List<(PipelineScenario Scenario, string Path, string Text, string Mutation, IReadOnlyList<string> Problems)>();
        for (var s = 0; s < PipelineScenarios.All.Count; s++)
        {
            var scenario = PipelineScenarios.All[s];
            var random = new Random(Seed + s);
            var compilation = GeneratorHarness.Compile([.. scenario.Files]);
            for (var v = 0; v < VariantsPerScenario; v++)
            {
                var (path, text) = scenario.Files[random.Next(scenario.Files.Count)];
                var (mutated, mutation) = SourceMutator.Mutate(text, random);
                if (random.Next(3) == 0)
                {
                    var (twice, second) = SourceMutator.Mutate(mutated, random);
                    (mutated, mutation) = (twice, mutation + ", then " + second);
                }

                variants++;
                var problems = Problems(compilation, path, mutated, outcomes);
                if (problems.Count > 0)
                {
                    failing.Add((scenario, path, mutated, $"variant {v} of {scenario.Name}: {mutation} in {path}", problems));
                }
            }
        }

        output.WriteLine($"{variants} mutated variants of {PipelineScenarios.All.Count} pipelines ran in {stopwatch.Elapsed.TotalSeconds:F1} s; {failing.Count} failed. " +
            $"{outcomes.Emitted} emitted a pipeline, {outcomes.Reported} reported a WEFT diagnostic, the rest left the errors to the compiler.");
        Assert.True(variants >= 1000, $"Only {variants} variants ran");
        if (failing.Count > 0)
        {
            Assert.Fail(Report(failing));
        }
    }

    [Fact]
    public void MutatedPipelines_ThroughOneDriverAsInAnEditor_NeverCrashTheGenerator()
    {
        // One driver per pipeline across its variants: each run compares its models with the previous variant's, which
        // exercises the models' equality and hashing on broken shapes too.
        var stopwatch = Stopwatch.StartNew();
        var variants = 0;
        var failures = new List<string>();
        for (var s = 0; s < PipelineScenarios.All.Count; s++)
        {
            var scenario = PipelineScenarios.All[s];
            var random = new Random(Seed - s - 1);
            var original = GeneratorHarness.Compile([.. scenario.Files]);
            var driver = GeneratorHarness.CreateDriver().RunGenerators(original);
            var previous = "(the original)";
            for (var v = 0; v < ChainedVariantsPerScenario; v++)
            {
                var (path, text) = scenario.Files[random.Next(scenario.Files.Count)];
                var (mutated, mutation) = SourceMutator.Mutate(text, random);
                var tree = original.SyntaxTrees.Single(t => t.FilePath == path);
                driver = driver.RunGenerators(original.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(mutated))));
                variants++;
                var current = $"variant {v} of {scenario.Name}: {mutation} in {path}";
                failures.AddRange(GeneratorFailures.Find(driver.GetRunResult()).Select(p => $"{current} (after {previous}): {p}"));
                previous = current;
            }
        }

        output.WriteLine($"{variants} mutated variants through one driver per pipeline ran in {stopwatch.Elapsed.TotalSeconds:F1} s; {failures.Count} failed.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void TheFailureCheck_SeesAGeneratorThatThrows()
    {
        var compilation = GeneratorHarness.Compile(PipelineScenarios.ExpressionBodied.Files[0]);
        var driver = CSharpGeneratorDriver.Create(new ThrowingGenerator());

        var problems = GeneratorFailures.Find(driver.RunGenerators(compilation).GetRunResult());

        Assert.Contains(problems, p => p.Contains(nameof(ThrowingGenerator.Boom), StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(GeneratorFailures.GeneratorThrewId, StringComparison.Ordinal));
    }

    [Fact]
    public void TheUnguardedGenerator_GeneratesWhatTheRealOneDoes()
    {
        // It supplies the stack traces of failure reports, so it must run the same stages.
        var compilation = GeneratorHarness.Compile([.. PipelineScenarios.Training.Files]);
        var real = CSharpGeneratorDriver.Create(new PipelineGenerator()).RunGenerators(compilation).GetRunResult();
        var unguarded = CSharpGeneratorDriver.Create(new UnguardedPipelineGenerator()).RunGenerators(compilation).GetRunResult();

        Assert.Empty(GeneratorFailures.Find(unguarded));
        Assert.Equal(real.GeneratedTrees.Select(t => t.ToString()), unguarded.GeneratedTrees.Select(t => t.ToString()));
    }

    [Fact]
    public void SameSeed_SameVariants()
    {
        var text = PipelineScenarios.Training.Files[1].Text;
        var (a, b) = (new Random(Seed), new Random(Seed));
        var variants = Enumerable.Range(0, 50).Select(_ => SourceMutator.Mutate(text, a)).ToList();

        Assert.Equal(variants, Enumerable.Range(0, 50).Select(_ => SourceMutator.Mutate(text, b)));
        Assert.All(variants, v => Assert.NotEqual(text, v.Text));
        Assert.Equal(Enum.GetValues<MutationKind>().Length, variants.Select(v => v.Description.Split(' ')[0]).Distinct().Count());
    }

    private static IReadOnlyList<string> Problems(Compilation compilation, string path, string text, Outcomes? outcomes = null)
        => Problems(compilation, path, text, new PipelineGenerator().AsSourceGenerator(), outcomes);

    private static IReadOnlyList<string> Problems(Compilation compilation, string path, string text, ISourceGenerator generator, Outcomes? outcomes = null)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var mutated = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path));
        var driver = CSharpGeneratorDriver.Create([generator], parseOptions: GeneratorHarness.ParseOptions);
        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            var result = driver.RunGenerators(mutated, timeout.Token).GetRunResult();
            outcomes?.Count(result);
            return GeneratorFailures.Find(result);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return [$"the generator did not finish within {s_timeout.TotalSeconds} s"];
        }
        catch (Exception ex)
        {
            return [$"the driver threw: {ex}"];
        }
    }

    private static string Report(List<(PipelineScenario Scenario, string Path, string Text, string Mutation, IReadOnlyList<string> Problems)> failing)
    {
        var report = new System.Text.StringBuilder();
        report.AppendLine($"{failing.Count} variant(s) made the generator fail:");
        foreach (var failure in failing)
        {
            report.AppendLine($"- {failure.Mutation}: {failure.Problems[0].Split('\n')[0]}");
        }

        foreach (var failure in failing.Take(MaxShrunkReports))
        {
            var compilation = GeneratorHarness.Compile([.. failure.Scenario.Files]);
            var shrunk = Shrinker.Shrink(failure.Text, text => Problems(compilation, failure.Path, text).Count > 0);
            var stack = Problems(compilation, failure.Path, shrunk, new UnguardedPipelineGenerator().AsSourceGenerator());
            report.AppendLine().AppendLine($"{failure.Mutation}, shrunk to ({failure.Path}, the scenario's other files unchanged):")
                .AppendLine(shrunk)
                .AppendLine("Reported: " + string.Join(Environment.NewLine, Problems(compilation, failure.Path, shrunk)))
                .AppendLine("Without the generator's guard: " + string.Join(Environment.NewLine, stack));
        }

        return report.ToString();
    }

    /// <summary>What the variants led to, to show that they reach past the parser into lowering and emission.</summary>
    private sealed class Outcomes
    {
        public int Emitted { get; private set; }

        public int Reported { get; private set; }

        public void Count(GeneratorDriverRunResult result)
        {
            Emitted += result.GeneratedTrees.Length > 0 ? 1 : 0;
            Reported += result.Diagnostics.Any(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal)) ? 1 : 0;
        }
    }

    private sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(context.CompilationProvider, static (_, _) => Boom());

        public static void Boom() => throw new InvalidOperationException(nameof(Boom));
    }
}
