using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0002PipelineHasNoDefineTests
{
    [Fact]
    public void NoDefine_ReportsWEFT0002AtTheClassName()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class [|Training|]
            {
                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0002", "Training"));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void MisspelledDefine_ReportsWEFT0002WithThePipelineName()
    {
        // The message names the pipeline as the catalog knows it, so a renamed pipeline is still recognisable.
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline(Name = "nightly-training")]
            public static partial class [|Training|]
            {
                static void define() => Load("houses");

                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0002", "nightly-training"));
    }

    [Fact]
    public void DefineProperty_IsNotADefineMethod()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class [|Training|]
            {
                static Table Define => Load("houses");

                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0002", "Training"));
    }
}
