using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0003DuplicateDefineTests
{
    [Fact]
    public void TwoOverloads_ReportsWEFT0003AtTheSecond()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define() => Load("houses");

                static void [|Define|](string name) => Load(name);

                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0003", "Training"));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void ThreeOverloads_ReportsEveryOneButTheFirst()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline(Name = "nightly")]
            public static partial class Training
            {
                static void Define() => Load("houses");

                static void [|Define|](string name) => Load(name);

                static void [|Define|](int count) => Load("houses");

                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0003", "nightly"),
            At(1, "WEFT0003", "nightly"));
    }

    [Fact]
    public void DefinesInTwoFiles_KeepsTheOneInTheFirstFileByPath()
    {
        // Files are ordered by path, not by the order the compiler received them, so the result does not depend on the build.
        DiagnosticVerifier.Verify(
            [
                ("Training.Zeta.cs", """
                    namespace Demo;

                    public static partial class Training
                    {
                        static void [|Define|](string name) => Load(name);
                    }
                    """),
                ("Training.Alpha.cs", """
                    using Weft;
                    namespace Demo;

                    [Pipeline]
                    public static partial class Training
                    {
                        static void Define() => Load("houses");

                        [Step] static Table Load(string name) => new(name, []);
                    }
                    """),
            ],
            At(0, "WEFT0003", "Training"));
    }
}
