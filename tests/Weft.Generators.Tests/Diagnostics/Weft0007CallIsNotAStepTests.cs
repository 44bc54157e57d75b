using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0007CallIsNotAStepTests
{
    private static string Pipeline(string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Weft;
        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            static async Task Define(string name)
            {
                var table = Load(name);
                {{body}}
            }

            [Step] static Table Load(string name) => new(name, []);

            [Step] static async Task<Model> Fit(Table train)
            {
                await Task.Yield();
                return new(1, train.Values.Length);
            }

            static Table Clean(Table table) => table with { Values = [] };
        }
        """;

    [Theory]
    [InlineData("var cleaned = [|Clean(table)|];", "Demo.Training.Clean")]
    [InlineData("[|Console.WriteLine(name)|];", "System.Console.WriteLine")]
    [InlineData("await [|Task.Delay(10)|];", "System.Threading.Tasks.Task.Delay")]
    [InlineData("var model = await Fit([|Clean(table)|]);", "Demo.Training.Clean")]
    [InlineData("var text = [|table.ToString()|];", "Demo.Table.ToString")]
    public void Call_ReportsWEFT0007AtTheInvocation(string body, string method)
    {
        var run = DiagnosticVerifier.Verify(Pipeline(body), At(0, "WEFT0007", method));

        Assert.Equal($"'{method}' is not a step: mark it [Step] or move the call into a step", run.Reported.Single().GetMessage());
        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void ConfigureAwaitOnAStep_IsACallThatIsNotAStep()
    {
        // Define is read, never run, so ConfigureAwait has no meaning there; the generator names the method it sees.
        DiagnosticVerifier.Verify(Pipeline("var model = await [|Fit(table).ConfigureAwait(false)|];"),
            At(0, "WEFT0007", "System.Threading.Tasks.Task<Demo.Model>.ConfigureAwait"));
    }
}
