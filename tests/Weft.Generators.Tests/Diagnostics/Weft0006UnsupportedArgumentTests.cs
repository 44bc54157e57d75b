using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0006UnsupportedArgumentTests
{
    private static string Pipeline(string body) => $$"""
        using System;
        using System.Threading;
        using Weft;
        namespace Demo;

        public static class Defaults
        {
            public static readonly int Trees = 100;
        }

        [Pipeline]
        public static partial class Training
        {
            static void Define(int trees, string name)
            {
                var table = Load(name);
                {{body}}
            }

            [Step] static Table Load(string name) => new(name, []);

            [Step] static Model Fit(Table train, int trees, CancellationToken ct = default) => new(trees, train.Values.Length);

            [Step(Name = "fit-model")] static Model FitNamed(Table train, int trees) => new(trees, train.Values.Length);
        }
        """;

    [Theory]
    [InlineData("Fit(table, [|trees * 2|]);", "trees * 2", "trees", "Fit")]
    [InlineData("Fit(table, [|DateTime.Now.Year|]);", "DateTime.Now.Year", "trees", "Fit")]
    [InlineData("Fit(table, [|Defaults.Trees|]);", "Defaults.Trees", "trees", "Fit")]
    [InlineData("Fit(table, [|(int)Math.Sqrt(trees)|]);", "(int)Math.Sqrt(trees)", "trees", "Fit")]
    [InlineData("Fit(trees: [|trees + 1|], train: table);", "trees + 1", "trees", "Fit")]
    [InlineData("Fit(table, trees, [|CancellationToken.None|]);", "CancellationToken.None", "ct", "Fit")]
    [InlineData("FitNamed(table, [|trees - 1|]);", "trees - 1", "trees", "fit-model")]
    [InlineData("Fit([|table with { Name = name }|], trees);", "table with { Name = name }", "train", "Fit")]
    public void Argument_ReportsWEFT0006AtTheArgumentExpression(string call, string argument, string parameter, string step)
    {
        var run = DiagnosticVerifier.Verify(Pipeline(call), At(0, "WEFT0006", argument, parameter, step));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void Message_NamesArgumentParameterAndStep()
    {
        var run = DiagnosticVerifier.Verify(Pipeline("Fit(table, [|trees * 2|]);"), At(0, "WEFT0006", "trees * 2", "trees", "Fit"));

        Assert.Equal(
            "Argument 'trees * 2' for parameter 'trees' of step 'Fit' is not a step output, a pipeline parameter or a compile-time constant",
            run.Reported.Single().GetMessage());
    }

    [Fact]
    public void EveryBadArgument_IsReported()
    {
        DiagnosticVerifier.Verify(Pipeline("""
            Fit(Load([|name + ".csv"|]), [|trees * 2|]);
            """),
            At(0, "WEFT0006", "name + \".csv\"", "name", "Load"),
            At(1, "WEFT0006", "trees * 2", "trees", "Fit"));
    }
}
