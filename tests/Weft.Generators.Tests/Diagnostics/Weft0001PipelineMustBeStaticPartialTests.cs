using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0001PipelineMustBeStaticPartialTests
{
    private const string Steps = """

        public static class Steps
        {
            [Step] public static Table Load(string name) => new(name, []);
        }
        """;

    [Fact]
    public void NotPartial_ReportsWEFT0001AtTheClassName()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static class [|Training|]
            {
                static void Define() => Steps.Load("houses");
            }
            """ + Steps,
            At(0, "WEFT0001", "Training"));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void NotStatic_ReportsWEFT0001AtTheClassName()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public partial class [|Training|]
            {
                static void Define() => Steps.Load("houses");
            }
            """ + Steps,
            At(0, "WEFT0001", "Training"));
    }

    [Fact]
    public void NamedPipeline_MessageNamesTheClassToChange()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline(Name = "nightly-training")]
            public sealed class [|Training|]
            {
                static void Define() => Steps.Load("houses");
            }
            """ + Steps,
            At(0, "WEFT0001", "Training"));

        Assert.Equal("Pipeline class 'Training' must be declared 'static partial'", run.Reported.Single().GetMessage());
    }
}
