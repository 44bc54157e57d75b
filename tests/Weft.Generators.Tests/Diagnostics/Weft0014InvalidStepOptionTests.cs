using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0014InvalidStepOptionTests
{
    private const string NameRule = "must start with a letter or '_' and hold only letters, digits, '_', '-' or '.'";

    private static string StepsClass(string member) => $$"""
        using Weft;
        namespace Demo;

        public static class Steps
        {
            private const int NoRetries = -1;

            {{member}}
        }
        """;

    [Theory]
    [InlineData("[[|Step(Retries = -1)|]] public static int Fit() => 1;", "Fit", "Retries must be 0 or more, not -1")]
    [InlineData("[[|Step(Retries = NoRetries)|]] public static int Fit() => 1;", "Fit", "Retries must be 0 or more, not -1")]
    [InlineData("[Resources(Cpu = \"1\"), [|Step(Retries = -3)|]] public static int Fit() => 1;", "Fit", "Retries must be 0 or more, not -3")]
    [InlineData("[[|Step(TimeoutSeconds = -5)|]] public static int Fit() => 1;", "Fit", "TimeoutSeconds must be 0 (no limit) or more, not -5")]
    [InlineData("[[|Step(Name = \"1st fit\")|]] public static int Fit() => 1;", "1st fit", "Name '1st fit' " + NameRule)]
    [InlineData("[[|Step(Name = \"fit/model\")|]] public static int Fit() => 1;", "fit/model", "Name 'fit/model' " + NameRule)]
    public void Option_ReportsWEFT0014AtTheAttribute(string member, string step, string problem)
    {
        DiagnosticVerifier.Verify(StepsClass(member), At(0, "WEFT0014", step, problem));
    }

    [Fact]
    public void ValidNames_AreAccepted()
    {
        DiagnosticVerifier.Verify(StepsClass("""
            [Step(Name = "fit-model.v2")] public static int Fit() => 1;

                [Step(Name = "_prepare")] public static int Prepare() => 1;
            """));
    }

    [Fact]
    public void BothOptionsWrong_ReportsBoth()
    {
        DiagnosticVerifier.Verify(StepsClass("[[|Step(Name = \"two words\", Retries = -1)|]] public static int Fit() => 1;"),
            At(0, "WEFT0014", "two words", "Name 'two words' " + NameRule),
            At(0, "WEFT0014", "two words", "Retries must be 0 or more, not -1"));
    }

    [Fact]
    public void PipelineUsingAStepWithABadOption_IsNotGenerated()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define() => Load("houses");

                [[|Step(Retries = -1)|]] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0014", "Load", "Retries must be 0 or more, not -1"));

        Assert.Empty(run.HintNames);
    }
}
