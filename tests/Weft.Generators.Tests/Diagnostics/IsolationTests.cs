using Microsoft.CodeAnalysis;
using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>A diagnostic stays with its own pipeline or step: other pipelines still generate, shared steps report once.</summary>
public sealed class IsolationTests
{
    [Fact]
    public void BrokenPipelines_DoNotStopCorrectOnesFromGenerating()
    {
        var run = DiagnosticVerifier.Verify(
            [
                ("Good.cs", """
                    using Weft;
                    namespace Demo;

                    [Pipeline]
                    public static partial class Good
                    {
                        static void Define(string name) => Fit(Steps.Load(name));

                        [Step] static Model Fit(Table table) => new(table.Values.Length, 0);
                    }

                    public static class Steps
                    {
                        [Step] public static Table Load(string name) => new(name, []);
                    }
                    """),
                ("Broken.cs", """
                    using Weft;
                    namespace Demo;

                    [Pipeline]
                    public static partial class Branching
                    {
                        static void Define(int trees)
                        {
                            [|if (trees > 1) { Steps.Load("houses"); }|]
                        }
                    }

                    [Pipeline]
                    public static class [|NotPartial|]
                    {
                        static void Define() => Steps.Load("houses");
                    }

                    [Pipeline]
                    public static partial class [|Empty|]
                    {
                    }
                    """),
                ("AlsoGood.cs", """
                    using Weft;
                    namespace Demo.Other;

                    [Pipeline]
                    public static partial class AlsoGood
                    {
                        static void Define() => Demo.Steps.Load("houses");
                    }
                    """),
            ],
            At(0, "WEFT0005", "Branching", "an 'if' statement"),
            At(1, "WEFT0001", "NotPartial"),
            At(2, "WEFT0002", "Empty"));

        Assert.Equal(["Demo.Good.Pipeline.g.cs", "Demo.Other.AlsoGood.Pipeline.g.cs"], run.HintNames);
        Assert.DoesNotContain(run.CompilerProblems, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void TwoPipelinesSharingABrokenStep_ReportItsWEFT0009Once()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static class Steps
            {
                [Step] public static int [|Sum|](params int[] values) => values.Length;
            }

            [Pipeline]
            public static partial class First
            {
                static void Define() => Steps.Sum(1, 2);
            }

            [Pipeline]
            public static partial class Second
            {
                static void Define()
                {
                    Steps.Sum(3);
                    Steps.Sum(4, 5, 6);
                }
            }
            """,
            At(0, "WEFT0009", "Sum", "parameter 'values' is 'params'; take an array instead"));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void TwoPipelinesSharingAStepWithABadOption_ReportItOnce()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static class Steps
            {
                [[|Step(Retries = -1)|]] public static Table Load(string name) => new(name, []);
            }

            [Pipeline]
            public static partial class First
            {
                static void Define() => Steps.Load("a");
            }

            [Pipeline]
            public static partial class Second
            {
                static void Define() => Steps.Load("b");
            }
            """,
            At(0, "WEFT0014", "Load", "Retries must be 0 or more, not -1"));
    }

    [Fact]
    public void BrokenStepUsedByNoPipeline_IsStillReported()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static class Steps
            {
                [Step] public static int [|Count|]<T>(T[] items) => items.Length;
            }
            """,
            At(0, "WEFT0009", "Count", "generic methods cannot be steps"));
    }

    [Fact]
    public void PipelineAttributeOnTwoParts_DoesNotCrashTheGenerator()
    {
        // The compiler reports the duplicate attribute itself (CS0579); the other pipelines must still generate.
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define() => Load("houses");

                [Step] static Table Load(string name) => new(name, []);
            }

            [Pipeline]
            public static partial class Training
            {
            }

            [Pipeline]
            public static partial class Other
            {
                static void Define() => Load("houses");

                [Step] static Table Load(string name) => new(name, []);
            }
            """);

        Assert.Contains("Demo.Other.Pipeline.g.cs", run.HintNames);
    }
}
