using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0012AsyncStepNotAwaitedTests
{
    private static string Pipeline(string body) => $$"""
        using System.Threading.Tasks;
        using Weft;
        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            static void Define()
            {
                var table = Load("houses");
                {{body}}
            }

            [Step] static Table Load(string name) => new(name, []);

            [Step] static async Task<Model> Fit(Table train)
            {
                await Task.Yield();
                return new(1, train.Values.Length);
            }

            [Step(Name = "publish-table")] static ValueTask Publish(Table table) => default;
        }
        """;

    [Theory]
    [InlineData("var model = [|Fit(table)|];", "Fit")]
    [InlineData("[|Fit(table)|];", "Fit")]
    [InlineData("[|Publish(table)|];", "publish-table")]
    public void UnawaitedCall_ReportsWEFT0012AtTheCall(string body, string step)
    {
        var run = DiagnosticVerifier.Verify(Pipeline(body), At(0, "WEFT0012", step));

        Assert.Equal($"Call to async step '{step}' must be awaited in 'Define'", run.Reported.Single().GetMessage());
        Assert.Empty(run.HintNames);
    }
}
