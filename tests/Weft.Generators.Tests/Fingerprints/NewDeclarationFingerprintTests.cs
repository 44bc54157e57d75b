using Weft.Generators.Model;
using Weft.Generators.Tests.Incremental;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace Weft.Generators.Tests.Fingerprints;

/// <summary>
/// A new declaration in another file that a step's code now names must reach the step's fingerprint on the next run:
/// the fingerprint walk resolves names against the project's declarations, so what it recorded as dependencies has to
/// cover names that found nothing yet, whether as a type (left to the digest of the step's tree) or as a method or
/// member (recorded as a name lookup). The walk over-approximates: every method of a called name counts, here an
/// extension method that overload resolution would not pick.
/// </summary>
public sealed class NewDeclarationFingerprintTests
{
    private const string StepsPath = "Steps.cs";

    private const string Steps = """
        using Weft;

        namespace Demo;

        [Pipeline]
        public static partial class Scaling
        {
            static void Define(double start = 1)
            {
                var scaled = Scale(start);
                Describe(scaled);
            }

            [Step] static double Scale(double value)
            {
                var Ratio = 2.0;
                return value * Ratio;
            }

            [Step] static string Describe(double value) => new Reading(value).Label();
        }

        public sealed class Reading
        {
            public Reading(double value) => Value = value;

            public double Value { get; }

            public string Label() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        """;

    [Fact]
    public void ATypeNamedLikeALocal_DeclaredInAnotherFile_ChangesThatStepsFingerprint_Only()
    {
        var session = GeneratorSession.Start((StepsPath, Steps));
        var before = Fingerprints(session);

        session.Add("Ratio.cs", "namespace Demo;\n\npublic sealed record Ratio(double Value);\n");

        Assert.Equal(Modified, SpecReason(session));
        var after = Fingerprints(session);
        Assert.NotEqual(before["Scale"], after["Scale"]);
        Assert.Equal(before["Describe"], after["Describe"]);
    }

    [Fact]
    public void AnExtensionMethodNamedLikeACalledMethod_DeclaredInAnotherFile_ChangesThatStepsFingerprint_Only()
    {
        var session = GeneratorSession.Start((StepsPath, Steps));
        var before = Fingerprints(session);

        session.Add("Labels.cs", """
            namespace Demo;

            public static class Labels
            {
                public static string Label(this Reading reading, int digits) => reading.Value.ToString("F" + digits, System.Globalization.CultureInfo.InvariantCulture);
            }
            """);

        Assert.Equal(Modified, SpecReason(session));
        var after = Fingerprints(session);
        Assert.NotEqual(before["Describe"], after["Describe"]);
        Assert.Equal(before["Scale"], after["Scale"]);
    }

    [Fact]
    public void ANewFileOfOtherNames_RecomputesNothing()
    {
        var session = GeneratorSession.Start((StepsPath, Steps));
        var before = Fingerprints(session);

        session.Add("Other.cs", "namespace Demo;\n\npublic sealed record Offset(double Value);\n");

        Assert.Contains(SpecReason(session), new[] { Cached, Unchanged });
        Assert.Equal(before, Fingerprints(session));
    }

    [Fact]
    public void ADelegateTypeAStepNames_ReachesItsFingerprint_WithTheNamesInItsSignature()
    {
        const string WithDelegate = """
            using Weft;

            namespace Demo;

            public delegate Sample Reader(double value);

            public sealed record Sample(double Value);

            [Pipeline]
            public static partial class Sampling
            {
                static void Define(double start = 1) => Read(start);

                [Step] static double Read(double value)
                {
                    Reader? reader = null;
                    return reader is null ? value : value + 1;
                }
            }
            """;
        var session = GeneratorSession.Start((StepsPath, WithDelegate));
        var before = Fingerprints(session);
        Assert.Null(session.Result.Exception);

        session.Replace(StepsPath, "Reader(double value)", "Reader(double value, int digits)");

        Assert.NotEqual(before["Read"], Fingerprints(session)["Read"]);
    }

    private static Microsoft.CodeAnalysis.IncrementalStepRunReason SpecReason(GeneratorSession session)
        => TrackedOutputs.Of(session.Result, TrackingNames.PipelineSpecs).Single(o => o.Value is PipelineSpec).Reason;

    private static Dictionary<string, string> Fingerprints(GeneratorSession session)
        => TrackedOutputs.Of(session.Result, TrackingNames.PipelineSpecs)
            .Select(o => o.Value).OfType<PipelineSpec>()
            .Single().Nodes.ToDictionary(n => n.Name, n => n.CodeFingerprint);
}
