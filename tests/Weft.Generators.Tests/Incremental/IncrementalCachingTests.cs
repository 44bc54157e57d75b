using Microsoft.CodeAnalysis;
using Weft.Generators.Model;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace Weft.Generators.Tests.Incremental;

/// <summary>
/// The generator's incremental stages, observed through the driver's step tracking: edits that cannot change what is
/// emitted must leave every spec and every source output Cached or Unchanged; edits that change a step's code must
/// recompute exactly the pipelines they concern.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string TypesPath = "Types.cs";
    private const string PipelinesPath = "Pipelines.cs";

    private const string Types = """
        using System.Collections.Generic;

        namespace Demo;

        public sealed record Table(string Name, List<double> Values);

        public sealed record Model(double Slope, double Intercept);

        public sealed record Metrics(double Rmse, int Rows);
        """;

    // A broken pipeline and a broken step ahead of a clean pipeline, so that moving lines moves diagnostics too.
    private const string Pipelines = """
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;

        namespace Demo;

        [Pipeline]
        public static partial class Broken
        {
            static void Define(int rows)
            {
                var doubled = rows * 2;
                Training.Load(rows * 2);
            }
        }

        public static class LooseSteps
        {
            [Step(Retries = -1)]
            public static int Flaky(int value) => value;
        }

        [Pipeline]
        public static partial class Training
        {
            static async Task Define(int rows = 100, double testFraction = 0.2)
            {
                var table = Load(rows);
                var (train, test) = Split(table, testFraction);
                var model = await Fit(train);
                var metrics = Evaluate(model, test);
            }

            [Step] public static Table Load(int rows) => new("houses", Enumerable.Range(0, rows).Select(i => i * 1.5).ToList());

            [Step] static (Table Train, Table Test) Split(Table table, double testFraction)
            {
                var cut = (int)(table.Values.Count * (1 - testFraction));
                return (table with { Values = table.Values.Take(cut).ToList() }, table with { Values = table.Values.Skip(cut).ToList() });
            }

            [Step(Retries = 2)]
            static async Task<Model> Fit(Table train, CancellationToken ct = default)
            {
                await Task.Delay(1, ct);
                return new Model(train.Values.Average(), 0);
            }

            [Step] static Metrics Evaluate(Model model, Table test) => new(test.Values.Sum(v => v - model.Slope), test.Values.Count);
        }
        """;

    private static readonly string[] s_stages =
        [TrackingNames.PipelineResults, TrackingNames.PipelineSpecs, TrackingNames.PipelineDiagnostics, TrackingNames.StepDiagnostics];

    [Fact]
    public void FirstRun_ReportsTheBrokenParts_AndEmitsTheCleanPipeline()
    {
        var session = GeneratorSession.Start((TypesPath, Types), (PipelinesPath, Pipelines));

        Assert.Equal(["Demo.Training.Pipeline.g.cs"], session.Sources.Keys);
        Assert.Equal(["WEFT0005", "WEFT0006", "WEFT0014"], session.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        foreach (var stage in s_stages)
        {
            TrackedOutputs.AssertAll(TrackedOutputs.Of(session.Result, stage), stage, New);
        }
    }

    [Fact]
    public void AddedComments_InThePipelineFile_RecomputeNothing()
        => AssertNothingRecomputed(session => session.Edit(PipelinesPath, text => text
            .Replace("var model = await Fit(train);", "var model = await Fit(train); // fits on the training half")
            .Replace("[Step(Retries = 2)]", "/// <summary>Fits.</summary>\n    /* slow */ [Step(Retries = 2)]")));

    [Fact]
    public void AnUnrelatedNewFile_RecomputesNothing()
        => AssertNothingRecomputed(session => session.Add("Unrelated.cs", """
            namespace Other;

            public static class Util
            {
                public static int Twice(int value) => 2 * value;
            }
            """));

    [Fact]
    public void AWhitespaceOnlyChange_RecomputesNothing()
        => AssertNothingRecomputed(session => session.Edit(PipelinesPath, text => text
            .Replace("var (train, test) = Split(table, testFraction);", "var  (train,test)=Split( table ,\n\t\t testFraction ) ;")
            .Replace("    [Step] static Metrics", "\n\n        [Step]   static   Metrics")));

    [Fact]
    public void MovingEverythingDown_MovesTheDiagnostics_ButKeepsTheSpecsAndTheSource()
    {
        var session = GeneratorSession.Start((TypesPath, Types), (PipelinesPath, Pipelines));
        var sources = session.Sources;
        var lines = DiagnosticLines(session);

        session.Replace(PipelinesPath, "namespace Demo;\n", "namespace Demo;\n\n\n\n\n\n");

        TrackedOutputs.AssertAll(TrackedOutputs.Of(session.Result, TrackingNames.PipelineSpecs), TrackingNames.PipelineSpecs, Cached, Unchanged);
        TrackedOutputs.AssertAll(TrackedOutputs.OfSpecSourceOutput(session.Result), "source output of the specs", Cached, Unchanged);
        Assert.Equal(sources, session.Sources);

        // The diagnostics did move, and were re-reported where they now are.
        Assert.Contains(TrackedOutputs.Of(session.Result, TrackingNames.PipelineDiagnostics), o => o.Reason == Modified);
        Assert.Contains(TrackedOutputs.Of(session.Result, TrackingNames.StepDiagnostics), o => o.Reason == Modified);
        Assert.Equal(lines.Select(l => (l.Id, l.Line + 5)), DiagnosticLines(session));
    }

    [Fact]
    public void EditingAStepBody_RecomputesOnlyItsPipeline_AndOnlyThatStepsFingerprint()
    {
        var session = StartTwoPipelines();
        var before = Fingerprints(session);
        var sourcesBefore = session.Sources;

        session.Replace("A.cs", "Math.Abs(value) * 2", "Math.Abs(value) * 3");

        Assert.Equal(Modified, SpecReason(session, "Demo.A"));
        Assert.Contains(SpecReason(session, "Demo.B"), new[] { Cached, Unchanged });
        Assert.Equal(Modified, SourceReason(session, "Demo.A"));
        Assert.Equal(Cached, SourceReason(session, "Demo.B"));
        Assert.Equal(sourcesBefore["Demo.B.Pipeline.g.cs"], session.Sources["Demo.B.Pipeline.g.cs"]);

        var after = Fingerprints(session);
        Assert.NotEqual(before[("Demo.A", "Double")], after[("Demo.A", "Double")]);
        AssertSame(before, after, except: ("Demo.A", "Double"));
    }

    [Fact]
    public void EditingAHelperInAnotherFile_ChangesTheFingerprintOfTheStepThatCallsIt_Only()
    {
        var session = StartTwoPipelines();
        var before = Fingerprints(session);

        session.Replace("Helpers.cs", "value / 2.0", "value / 4.0");

        var reason = SpecReason(session, "Demo.A");
        Assert.True(reason == Modified,
            $"Only Helpers.cs changed and pipeline A's spec is {reason}: ForAttributeWithMetadataName did not rerun the transform for A.cs, " +
            "so the fingerprint of the step that calls the helper is stale.");
        Assert.Contains(SpecReason(session, "Demo.B"), new[] { Cached, Unchanged });

        var after = Fingerprints(session);
        Assert.NotEqual(before[("Demo.A", "Halve")], after[("Demo.A", "Halve")]);
        AssertSame(before, after, except: ("Demo.A", "Halve"));
    }

    private static void AssertNothingRecomputed(Action<GeneratorSession> edit)
    {
        var session = GeneratorSession.Start((TypesPath, Types), (PipelinesPath, Pipelines));
        var sources = session.Sources;
        var diagnostics = session.Diagnostics.Select(d => d.ToString()).ToList();

        edit(session);

        foreach (var stage in s_stages)
        {
            TrackedOutputs.AssertAll(TrackedOutputs.Of(session.Result, stage), stage, Cached, Unchanged);
        }

        TrackedOutputs.AssertAll(TrackedOutputs.OfSpecSourceOutput(session.Result), "source output of the specs", Cached, Unchanged);
        Assert.Equal(sources, session.Sources);

        // The reporting outputs join the compilation (so that #pragma applies) and re-run on every edit by design; they
        // must report the very same diagnostics.
        Assert.Equal(diagnostics, session.Diagnostics.Select(d => d.ToString()));
    }

    private static GeneratorSession StartTwoPipelines() => GeneratorSession.Start(
        ("Helpers.cs", """
            namespace Demo;

            public static class Helpers
            {
                public static double Half(double value) => value / 2.0;
            }
            """),
        ("A.cs", """
            using System;
            using Weft;

            namespace Demo;

            [Pipeline]
            public static partial class A
            {
                static void Define(double start = 1)
                {
                    var doubled = Double(start);
                    var halved = Halve(doubled);
                    Sum(doubled, halved);
                }

                [Step] static double Double(double value) => Math.Abs(value) * 2;

                [Step] static double Halve(double value) => Helpers.Half(value);

                [Step] static double Sum(double left, double right) => left + right;
            }
            """),
        ("B.cs", """
            using Weft;

            namespace Demo;

            [Pipeline]
            public static partial class B
            {
                static void Define(int count = 3) => Count(count);

                [Step] static int Count(int count) => count + 1;
            }
            """));

    private static IncrementalStepRunReason SpecReason(GeneratorSession session, string pipeline)
        => TrackedOutputs.Of(session.Result, TrackingNames.PipelineSpecs).Single(o => o.Value is PipelineSpec s && s.FullTypeName == pipeline).Reason;

    private static IncrementalStepRunReason SourceReason(GeneratorSession session, string pipeline)
        => TrackedOutputs.OfSpecSourceOutput(session.Result).Single(o => TrackedOutputs.SpecOf(o)?.FullTypeName == pipeline).Reason;

    private static Dictionary<(string Pipeline, string Node), string> Fingerprints(GeneratorSession session)
        => TrackedOutputs.Of(session.Result, TrackingNames.PipelineSpecs)
            .Select(o => o.Value).OfType<PipelineSpec>()
            .SelectMany(s => s.Nodes.Select(n => (Key: (s.FullTypeName, n.Name), n.CodeFingerprint)))
            .ToDictionary(x => x.Key, x => x.CodeFingerprint);

    private static void AssertSame(Dictionary<(string, string), string> before, Dictionary<(string, string), string> after, (string, string) except)
    {
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changed = before.Keys.Where(k => k != except && before[k] != after[k]).ToList();
        Assert.True(changed.Count == 0, "Fingerprints that should not have changed: " + string.Join(", ", changed));
    }

    private static List<(string Id, int Line)> DiagnosticLines(GeneratorSession session)
        => session.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line)).OrderBy(x => x.Id, StringComparer.Ordinal).ToList();
}
