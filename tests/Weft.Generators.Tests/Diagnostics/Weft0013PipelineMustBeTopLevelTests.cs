using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0013PipelineMustBeTopLevelTests
{
    [Fact]
    public void NestedPipeline_ReportsWEFT0013NamingTheContainer()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static partial class Jobs
            {
                [Pipeline]
                public static partial class [|Training|]
                {
                    static void Define() => Load("houses");

                    [Step] static Table Load(string name) => new(name, []);
                }
            }
            """,
            At(0, "WEFT0013", "Training", "it is nested in 'Demo.Jobs'"));

        Assert.Equal(
            "Pipeline class 'Training' must be a non-generic class declared directly in a namespace: it is nested in 'Demo.Jobs'",
            run.Reported.Single().GetMessage());
        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void GenericPipeline_ReportsWEFT0013()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class [|Training|]<T>
            {
                static void Define() => Load("houses");
            }

            public static class Steps
            {
                [Step] public static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0013", "Training", "it has type parameters"));
    }

    [Fact]
    public void NestedAndNotStatic_ReportsBoth()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public class Jobs
            {
                [Pipeline]
                public partial class [|Training|]
                {
                    static void Define() => Steps.Load("houses");
                }
            }

            public static class Steps
            {
                [Step] public static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0001", "Training"),
            At(0, "WEFT0013", "Training", "it is nested in 'Demo.Jobs'"));
    }

    [Fact]
    public void FileLocalPipeline_ReportsWEFT0013()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            file static partial class [|Training|]
            {
                static void Define() => Load("houses");

                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0013", "Training", "it is a 'file' type, which generated code in another file cannot extend"));

        Assert.Empty(run.HintNames);
    }
}
