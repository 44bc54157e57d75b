using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0004InvalidDefineSignatureTests
{
    private static string Pipeline(string define) => $$"""
        using System.Threading.Tasks;
        using Weft;
        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            {{define}}

            [Step] static Table Load(string name) => new(name, []);

            [Step] static async Task<Model> Fit(Table table)
            {
                await Task.Yield();
                return new(table.Values.Length, 0);
            }
        }
        """;

    [Theory]
    [InlineData("static void [|Define|]<T>() => Load(\"houses\");", "must not be generic")]
    [InlineData("static async void [|Define|]() { await Fit(Load(\"houses\")); }", "must not be 'async void'")]
    [InlineData("static async Task<Model> [|Define|]() => await Fit(Load(\"houses\"));", "returns 'System.Threading.Tasks.Task<Demo.Model>'")]
    [InlineData("static async ValueTask [|Define|]() => await Fit(Load(\"houses\"));", "returns 'System.Threading.Tasks.ValueTask'")]
    [InlineData("static partial void [|Define|]();", "has no body")]
    [InlineData("void [|Define|]() => Load(\"houses\");", "must be static")]
    [InlineData("static void Define(ref string [|name|]) => Load(name);", "declares parameter 'name' as 'ref'")]
    [InlineData("static void Define(params string[] [|names|]) => Load(\"houses\");", "declares parameter 'names' as 'params'")]
    public void UnsupportedSignature_ReportsWEFT0004WithTheProblem(string define, string problem)
    {
        var run = DiagnosticVerifier.Verify(Pipeline(define), At(0, "WEFT0004", "Training", problem));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void InParameter_NamesTheModifierAsWritten()
    {
        DiagnosticVerifier.Verify(Pipeline("static void Define(in int [|count|]) => Load(\"houses\");"),
            At(0, "WEFT0004", "Training", "declares parameter 'count' as 'in'"));
    }

    [Fact]
    public void RefReadonlyParameter_NamesTheModifierAsWritten()
    {
        DiagnosticVerifier.Verify(Pipeline("static void Define(ref readonly int [|count|]) => Load(\"houses\");"),
            At(0, "WEFT0004", "Training", "declares parameter 'count' as 'ref readonly'"));
    }

    [Fact]
    public void TaskWithoutAsync_ReportsWEFT0004AndTheReturnStatement()
    {
        DiagnosticVerifier.Verify(Pipeline("""
            static Task [|Define|]()
                {
                    Load("houses");
                    [|return Task.CompletedTask;|]
                }
            """),
            At(0, "WEFT0004", "Training", "returns Task but is not 'async'"),
            At(1, "WEFT0005", "Training", "a 'return' statement"));
    }

    [Fact]
    public void EveryBadParameter_IsReported()
    {
        DiagnosticVerifier.Verify(Pipeline("static void Define(ref int [|a|], out int [|b|]) { [|b = 0|]; }"),
            At(0, "WEFT0004", "Training", "declares parameter 'a' as 'ref'"),
            At(1, "WEFT0004", "Training", "declares parameter 'b' as 'out'"),
            At(2, "WEFT0005", "Training", "an assignment to 'b'"));
    }

    [Fact]
    public void PartialDefineWithImplementation_IsAccepted()
    {
        var run = DiagnosticVerifier.Verify(Pipeline("""
            static partial void Define();

                static partial void Define() => Load("houses");
            """));

        Assert.Contains("Demo.Training.Pipeline.g.cs", run.HintNames);
    }
}
