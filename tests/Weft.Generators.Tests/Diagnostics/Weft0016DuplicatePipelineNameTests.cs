using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0016DuplicatePipelineNameTests
{
    [Fact]
    public void TwoPipelinesWithOneName_ReportsWEFT0016AtTheSecond()
    {
        var run = DiagnosticVerifier.Verify([
            ("A.cs", """
                using Weft;
                namespace Demo;

                [Pipeline(Name = "Nightly")]
                public static partial class Training
                {
                    static void Define() => Load("houses");

                    [Step] static Table Load(string name) => new(name, []);
                }
                """),
            ("B.cs", """
                using Weft;
                namespace Demo.Other;

                [Pipeline(Name = "Nightly")]
                public static partial class [|Scoring|]
                {
                    static void Define() => Read("houses");

                    [Step] static Demo.Table Read(string name) => new(name, []);
                }
                """)],
            At(0, "WEFT0016", "Nightly", "Demo.Training", "Demo.Other.Scoring"));

        Assert.Equal(
            "Pipeline name 'Nightly' is used by both 'Demo.Training' and 'Demo.Other.Scoring'; pipelines are found by name, so give one [Pipeline(Name = \"...\")]",
            run.Reported.Single().GetMessage());
    }

    [Fact]
    public void ClassNameEqualToAnotherPipelinesExplicitName_IsAClashToo()
    {
        DiagnosticVerifier.Verify([
            ("A.cs", """
                using Weft;
                namespace Demo;

                [Pipeline]
                public static partial class Training
                {
                    static void Define() => Load("houses");

                    [Step] static Table Load(string name) => new(name, []);
                }
                """),
            ("B.cs", """
                using Weft;
                namespace Demo.Other;

                [Pipeline(Name = "Training")]
                public static partial class [|Retraining|]
                {
                    static void Define() => Read("houses");

                    [Step] static Demo.Table Read(string name) => new(name, []);
                }
                """)],
            At(0, "WEFT0016", "Training", "Demo.Training", "Demo.Other.Retraining"));
    }

    [Fact]
    public void SameClassNameInTwoNamespaces_IsAClash()
    {
        DiagnosticVerifier.Verify([
            ("A.cs", """
                using Weft;
                namespace Demo;

                [Pipeline]
                public static partial class Training
                {
                    static void Define() => Load("houses");

                    [Step] static Table Load(string name) => new(name, []);
                }
                """),
            ("B.cs", """
                using Weft;
                namespace Demo.Other;

                [Pipeline]
                public static partial class [|Training|]
                {
                    static void Define() => Read("houses");

                    [Step] static Demo.Table Read(string name) => new(name, []);
                }
                """)],
            At(0, "WEFT0016", "Training", "Demo.Training", "Demo.Other.Training"));
    }

    [Fact]
    public void DistinctNames_ReportNothing()
    {
        var run = DiagnosticVerifier.Verify([
            ("A.cs", """
                using Weft;
                namespace Demo;

                [Pipeline]
                public static partial class Training
                {
                    static void Define() => Load("houses");

                    [Step] static Table Load(string name) => new(name, []);
                }
                """),
            ("B.cs", """
                using Weft;
                namespace Demo.Other;

                [Pipeline(Name = "OtherTraining")]
                public static partial class Training
                {
                    static void Define() => Read("houses");

                    [Step] static Demo.Table Read(string name) => new(name, []);
                }
                """)]);

        Assert.Equal(2, run.HintNames.Count);
    }
}
