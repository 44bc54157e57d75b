using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0005UnsupportedBodyConstructTests
{
    private static string Pipeline(string body) => $$"""
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Weft;
        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            static async Task Define(int trees, string[] names)
            {
                {{body}}
            }

            [Step] static Table Load(string name) => new(name, []);

            [Step] static (Table Train, Table Test) Split(Table table) => (table, table);

            [Step] static Metrics Evaluate(Table table) => new(0, table.Values.Length);

            [Step] static async Task<Model> Fit(Table table)
            {
                await Task.Yield();
                return new(table.Values.Length, 0);
            }
        }
        """;

    [Theory]
    [InlineData("[|if (trees > 10) { Load(\"houses\"); }|]", "an 'if' statement")]
    [InlineData("[|foreach (var name in names) { Load(name); }|]", "a 'foreach' loop")]
    [InlineData("[|for (var i = 0; i < trees; i++) { Load(\"houses\"); }|]", "a 'for' loop")]
    [InlineData("[|try { Load(\"houses\"); } finally { }|]", "a 'try' statement")]
    [InlineData("[|{ Load(\"houses\"); }|]", "a nested block")]
    [InlineData("Load(\"houses\"); [|return;|]", "a 'return' statement")]
    [InlineData("[|using (var stream = new MemoryStream()) { }|]", "a 'using' statement")]
    [InlineData("[|int Twice(int n) => n * 2;|]", "local function 'Twice'")]
    [InlineData("[|throw new InvalidOperationException();|]", "a 'throw' statement")]
    [InlineData("int [|count|];", "local 'count' without a step call")]
    [InlineData("var count = [|trees * 2|];", "local 'count' initialized with 'trees * 2', which is not a step call,")]
    [InlineData("var load = [|() => Load(\"houses\")|];", "local 'load' initialized with '() => Load(\"houses\")', which is not a step call,")]
    [InlineData("[|Table a = Load(\"a\"), b = Load(\"b\");|]", "a declaration of several locals")]
    [InlineData("[|using var stream = new MemoryStream();|]", "a 'using' declaration")]
    [InlineData("[|trees++|];", "the expression 'trees++'")]
    [InlineData("[|trees = 3|];", "an assignment to 'trees'")]
    [InlineData("[|await Task.CompletedTask|];", "the expression 'await Task.CompletedTask'")]
    [InlineData("var (x, y) = [|(1, 2)|];", "deconstruction of '(1, 2)', which is not a step call,")]
    [InlineData("var a = Load(\"a\"); var b = Load(\"b\"); [|(a, b)|] = Split(a);", "a nested or non-local deconstruction")]
    [InlineData("[|var (rmse, rows) = Evaluate(Load(\"a\"))|];", "deconstruction of step 'Evaluate', which does not return a tuple of 2 elements,")]
    public void Construct_ReportsWEFT0005AtItNamingTheConstruct(string body, string construct)
    {
        var run = DiagnosticVerifier.Verify(Pipeline(body), At(0, "WEFT0005", "Training", construct));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void LongConstruct_IsShownOnOneLineAndShortened()
    {
        var run = DiagnosticVerifier.Verify(Pipeline("""
            var label = [|"a rather long label that no step call produces, "
                        + "spread over two lines"|];
            """),
            At(0, "WEFT0005", "Training",
                "local 'label' initialized with '\"a rather long label that no step call produces, \" + \"spr...', which is not a step call,"));

        Assert.Equal(
            "Pipeline 'Training': local 'label' initialized with '\"a rather long label that no step call produces, \" + \"spr...', " +
            "which is not a step call, is not supported in a 'Define' body; use 'var x = Step(...);', 'var (a, b) = Step(...);' or 'Step(...);'",
            run.Reported.Single().GetMessage());
    }

    [Fact]
    public void EveryUnsupportedStatement_IsReported()
    {
        DiagnosticVerifier.Verify(Pipeline("""
            var table = Load("houses");
                    [|if (trees > 10) { Evaluate(table); }|]
                    var model = await Fit(table);
                    [|while (trees > 0) { trees--; }|]
            """),
            At(0, "WEFT0005", "Training", "an 'if' statement"),
            At(1, "WEFT0005", "Training", "a 'while' loop"));
    }

    [Fact]
    public void ExpressionBodiedDefine_ReportsItsExpression()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define(int trees) => [|trees++|];

                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0005", "Training", "the expression 'trees++'"));
    }
}
