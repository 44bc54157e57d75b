using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>The ways docs/diagnostics tells users to silence or re-grade a WEFT diagnostic actually work.</summary>
public sealed class SuppressionTests
{
    private const string TwoIfs = """
        using Weft;
        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            static void Define(int trees)
            {
                var table = Load("houses");
        #pragma warning disable WEFT0005
                if (trees > 10) { Load("more"); }
        #pragma warning restore WEFT0005
                [|if (trees > 20) { Load("even more"); }|]
            }

            [Step] static Table Load(string name) => new(name, []);
        }
        """;

    [Fact]
    public void PragmaWarningDisable_SuppressesWEFT0005InsideTheRegionOnly()
    {
        var run = DiagnosticVerifier.Verify(TwoIfs, At(0, "WEFT0005", "Training", "an 'if' statement"));

        // The suppressed one is still produced (IDEs list it as suppressed); it just does not fail the build.
        Assert.Single(run.Diagnostics, d => d.Id == "WEFT0005" && d.IsSuppressed);
    }

    [Fact]
    public void PragmaSuppression_DoesNotGenerateTheBrokenPipeline()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define(int trees)
                {
            #pragma warning disable WEFT0005
                    if (trees > 10) { Load("more"); }
            #pragma warning restore WEFT0005
                }

                [Step] static Table Load(string name) => new(name, []);
            }
            """);

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void EditorConfigSeverityNone_RemovesTheDiagnostic()
    {
        var run = DiagnosticVerifier.Run([("Source0.cs", TwoIfs)],
            c => c.WithOptions(c.Options.WithSyntaxTreeOptionsProvider(EditorConfigSeverities.PerFile(("WEFT0005", ReportDiagnostic.Suppress)))));

        Assert.Empty(run.Reported);
    }

    [Fact]
    public void EditorConfigSeverityWarning_DowngradesTheDiagnostic()
    {
        var run = DiagnosticVerifier.Run([("Source0.cs", TwoIfs)],
            c => c.WithOptions(c.Options.WithSyntaxTreeOptionsProvider(EditorConfigSeverities.PerFile(("WEFT0005", ReportDiagnostic.Warn)))));

        var diagnostic = Assert.Single(run.Reported);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void GlobalConfigSeverityNone_RemovesTheDiagnostic()
    {
        var run = DiagnosticVerifier.Run([("Source0.cs", TwoIfs)],
            c => c.WithOptions(c.Options.WithSyntaxTreeOptionsProvider(EditorConfigSeverities.Global(("WEFT0005", ReportDiagnostic.Suppress)))));

        Assert.Empty(run.Reported);
    }

    [Fact]
    public void GlobalConfigSeverityWarning_DowngradesTheDiagnostic()
    {
        var run = DiagnosticVerifier.Run([("Source0.cs", TwoIfs)],
            c => c.WithOptions(c.Options.WithSyntaxTreeOptionsProvider(EditorConfigSeverities.Global(("WEFT0005", ReportDiagnostic.Warn)))));

        // The #pragma still hides the first 'if'; the second is reported at the severity the global config gives.
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(run.Reported).Severity);
    }

    [Fact]
    public void NoWarn_RemovesTheDiagnostic()
    {
        // <NoWarn>WEFT0005</NoWarn> in the project reaches the compiler as a specific diagnostic option.
        var run = DiagnosticVerifier.Run([("Source0.cs", TwoIfs)],
            c => c.WithOptions(c.Options.WithSpecificDiagnosticOptions([new("WEFT0005", ReportDiagnostic.Suppress)])));

        Assert.Empty(run.Reported);
    }

    [Fact]
    public void OtherIds_AreNotSuppressedByAPragmaForWEFT0005()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
            #pragma warning disable WEFT0005
                static void Define() => [|Helper()|];
            #pragma warning restore WEFT0005

                static void Helper() { }
            }
            """,
            At(0, "WEFT0007", "Demo.Training.Helper"));
    }
}
