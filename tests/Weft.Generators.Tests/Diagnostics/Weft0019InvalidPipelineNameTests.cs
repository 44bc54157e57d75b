using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0019InvalidPipelineNameTests
{
    [Theory]
    [InlineData("house prices")]
    [InlineData("a\\\"b")]
    [InlineData("")]
    [InlineData("9lives")]
    public void NameThatIsNotAPlainWord_ReportsWEFT0019(string name)
    {
        var escaped = name.Replace("\\", "\\\\").Replace("\"", "\\\"");
        var run = DiagnosticVerifier.Verify($$"""
            using Weft;
            namespace Demo;

            [Pipeline(Name = "{{escaped}}")]
            public static partial class [|Training|]
            {
                static void Define() => Load("houses");

                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0019", name, "Demo.Training"));
        Assert.Empty(run.HintNames);
    }

    [Theory]
    [InlineData("house-prices")]
    [InlineData("_nightly.v2")]
    public void PlainName_ReportsNothing(string name)
    {
        var run = DiagnosticVerifier.Verify($$"""
            using Weft;
            namespace Demo;

            [Pipeline(Name = "{{name}}")]
            public static partial class Training
            {
                static void Define() => Load("houses");

                [Step] static Table Load(string name) => new(name, []);
            }
            """);
        Assert.Single(run.HintNames);
    }
}
