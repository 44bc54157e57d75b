using Weft.Generators.Tests.Incremental;

namespace Weft.Generators.Tests.Fingerprints;

/// <summary>
/// Fingerprints of steps that share declarations, across the runs of one kept driver. The generator describes a
/// declaration once per compilation, fingerprints a step once even when two pipelines use it, and adds what a step read to
/// its pipeline's dependencies once per declaration: none of that may change a fingerprint or keep a stale one.
/// </summary>
public sealed class SharedDeclarationFingerprintTests
{
    private const string APath = "A.cs";
    private const string BPath = "B.cs";
    private const string SharedPath = "Shared.cs";
    private const string AHint = "Demo.A.Pipeline.g.cs";
    private const string BHint = "Demo.B.Pipeline.g.cs";

    private static readonly (string Path, string Text)[] s_files =
    [
        (SharedPath, """
            using System.Linq;
            using Weft;

            namespace Demo;

            public sealed record Sample(string Name, double[] Values);

            public static class Maths
            {
                public static double Mean(double[] values) => values.Length == 0 ? 0 : values.Sum() / values.Length;

                public static double Scale(double value) => value * 2;
            }

            public static class Extensions
            {
                public static double Weight(this Sample sample) => sample.Values.Length;
            }

            public static class Shared
            {
                [Step] public static double Weigh(Sample sample) => sample.Weight() + 1;
            }
            """),
        (APath, """
            using Weft;

            namespace Demo;

            [Pipeline]
            public static partial class A
            {
                static void Define(int count = 3)
                {
                    var sample = Make(count);
                    var mean = Average(sample);
                    var label = Label(sample);
                    var scaled = Scaled(sample);
                    var weight = Shared.Weigh(sample);
                }

                [Step] static Sample Make(int count) => new("a", new double[count]);

                [Step] static double Average(Sample sample) => Maths.Mean(sample.Values);

                [Step] static string Label(Sample sample) => sample.Name;

                [Step] static double Scaled(Sample sample) => Maths.Scale(Maths.Mean(sample.Values));
            }
            """),
        (BPath, """
            using Weft;

            namespace Demo;

            [Pipeline]
            public static partial class B
            {
                static void Define(int count = 4)
                {
                    var sample = Make(count);
                    var mean = Average(sample);
                    var weight = Shared.Weigh(sample);
                }

                [Step] static Sample Make(int count) => new("b", new double[count]);

                [Step] static double Average(Sample sample) => Maths.Mean(sample.Values) * 1.0;
            }
            """),
    ];

    [Fact]
    public void AStepUsedByTwoPipelines_HasOneFingerprint()
    {
        var session = GeneratorSession.Start(s_files);

        var (a, b) = Fingerprints(session);

        Assert.Equal(a["Weigh"], b["Weigh"]);
        Assert.NotEqual(a["Average"], b["Average"]);
    }

    [Fact]
    public void EditsOfSharedHelpers_ChangeExactlyTheStepsThatUseThem_AcrossRuns()
    {
        var session = GeneratorSession.Start(s_files);
        var first = Fingerprints(session);

        session.Replace(SharedPath, "values.Length == 0 ? 0 :", "values.Length == 0 ? double.NaN :");
        var second = Fingerprints(session);
        session.Replace(SharedPath, "value * 2", "value * 3");
        var third = Fingerprints(session);

        Assert.Equal("A: Average, Scaled; B: Average", Changed(first, second));
        Assert.Equal("A: Scaled; B: ", Changed(second, third));
        Assert.Equal("A: ; B: ", Changed(ColdRun(session), third));
    }

    [Fact]
    public void AnOverloadInANewFile_OfAMethodOnlyASharedStepCalls_ChangesThatStepInBothPipelines()
    {
        var session = GeneratorSession.Start(s_files);
        var first = Fingerprints(session);

        // Neither pipeline's file nor a tree either walk read changes: only the name Weight, which the step looked up
        // after other steps of the same pipeline had already added the record and the file they share.
        session.Add("More.cs", """
            namespace Demo;

            public static class MoreExtensions
            {
                public static double Weight(this string text) => text.Length;
            }
            """);
        var second = Fingerprints(session);

        Assert.Equal("A: Weigh; B: Weigh", Changed(first, second));
        Assert.Equal(second.A["Weigh"], second.B["Weigh"]);
        Assert.Equal("A: ; B: ", Changed(ColdRun(session), second));
    }

    private static (IReadOnlyDictionary<string, string> A, IReadOnlyDictionary<string, string> B) Fingerprints(GeneratorSession session)
        => (GeneratedFingerprints.Parse(session.Sources[AHint]), GeneratedFingerprints.Parse(session.Sources[BHint]));

    private static (IReadOnlyDictionary<string, string> A, IReadOnlyDictionary<string, string> B) ColdRun(GeneratorSession session)
    {
        var files = session.Compilation.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())).ToArray();
        return (GeneratedFingerprints.Read(files, AHint), GeneratedFingerprints.Read(files, BHint));
    }

    /// <summary>The steps whose fingerprints differ, per pipeline: "A: x, y; B: z".</summary>
    private static string Changed(
        (IReadOnlyDictionary<string, string> A, IReadOnlyDictionary<string, string> B) before,
        (IReadOnlyDictionary<string, string> A, IReadOnlyDictionary<string, string> B) after)
        => $"A: {Differing(before.A, after.A)}; B: {Differing(before.B, after.B)}";

    private static string Differing(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        return string.Join(", ", before.Keys.Where(k => before[k] != after[k]).Order(StringComparer.Ordinal));
    }
}
