using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>
/// One mistake, one error: a local whose own statement is already reported (or that the compiler rejects) is not reported
/// again as "not a step output" where later steps use it.
/// </summary>
public sealed class FollowOnDiagnosticsTests
{
    private static string Pipeline(string body, string extraStep = "") => $$"""
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

            [Step] static Model Fit(Table train) => new(1, train.Values.Length);

            [Step] static Task<Table> LoadAsync(string name) => Task.FromResult(new Table(name, []));

            [Step] static (Table Train, Table Test) Split(Table table) => (table, table);

            {{extraStep}}

            static Table Clean(Table table) => table with { Values = [] };
        }
        """;

    [Theory]
    [InlineData("var cleaned = [|Clean(table)|];\nvar model = Fit(cleaned);", "WEFT0007", "Demo.Training.Clean")]
    [InlineData("var copy = [|table|];\nvar model = Fit(copy);", "WEFT0005", "Training", "local 'copy' initialized with 'table', which is not a step call,")]
    [InlineData("var pending = [|LoadAsync(name)|];\nvar model = Fit(pending.Result);", "WEFT0012", "LoadAsync")]
    [InlineData("using var lease = [|Load(name)|];\nvar model = Fit(lease);", "WEFT0005", "Training", "a 'using' declaration")]
    public void LocalOfAReportedStatement_IsNotReportedAgainWhereItIsUsed(string body, string id, params string[] arguments)
    {
        var markup = Pipeline(body);
        if (arguments[^1] == "a 'using' declaration")
        {
            // The whole declaration statement is the offending syntax.
            markup = markup.Replace("using var lease = [|Load(name)|];", "[|using var lease = Load(name);|]", StringComparison.Ordinal);
        }

        var run = DiagnosticVerifier.Verify(markup, At(0, id, arguments));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void OutputOfAStepThatCannotBeStored_IsReportedOnceAtTheStep()
    {
        var run = DiagnosticVerifier.Verify(Pipeline(
                "var predict = Predictor(table);\nvar model = Use(predict);",
                "[Step] static [|Func<double, double>|] Predictor(Table table) => x => x;\n[Step] static Model Use(Func<double, double> predict) => new(predict(1), 0);"),
            At(0, "WEFT0008", "Predictor", "value", "System.Func<double, double>", "it is a delegate"));

        Assert.Empty(run.HintNames);
    }
}
