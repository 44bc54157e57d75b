using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0015WholeTupleOutputUsedTests
{
    private static string Pipeline(string body, string splitAttribute = "[Step]") => $$"""
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

            {{splitAttribute}} static (Table Train, Table Test) Split(Table table) => (table, table);

            [Step] static (int, int) Sizes(Table table) => (table.Values.Length, 0);

            [Step] static int Count((Table Train, Table Test) parts) => parts.Train.Values.Length;

            [Step] static string Describe(object value) => value.ToString() ?? "";
        }
        """;

    [Theory]
    [InlineData("var parts = Split(table); Count([|parts|]);", "parts", "Split", "Train")]
    [InlineData("var parts = Split(table); Describe([|parts|]);", "parts", "Split", "Train")]
    [InlineData("var sizes = Sizes(table); Describe([|sizes|]);", "sizes", "Sizes", "Item1")]
    public void WholeTuple_ReportsWEFT0015AtTheArgument(string body, string local, string step, string first)
    {
        var run = DiagnosticVerifier.Verify(Pipeline(body), At(0, "WEFT0015", local, step, first, step));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void Message_SuggestsOneOutputOrADeconstruction()
    {
        var run = DiagnosticVerifier.Verify(Pipeline("var parts = Split(table); Count([|parts|]);"),
            At(0, "WEFT0015", "parts", "Split", "Train", "Split"));

        Assert.Equal(
            "Local 'parts' holds every output of step 'Split'; pass one output ('parts.Train') or deconstruct it with 'var (...) = Split(...)'",
            run.Reported.Single().GetMessage());
    }

    [Fact]
    public void NamedArgument_IsReportedAtTheLocalNotTheParameterName()
    {
        // WEFT0006 marks the argument's expression; WEFT0015 should mark the same thing, not 'parts: parts'.
        DiagnosticVerifier.Verify(Pipeline("var parts = Split(table); Count(parts: [|parts|]);"),
            At(0, "WEFT0015", "parts", "Split", "Train", "Split"));
    }

    [Fact]
    public void RenamedStep_SuggestsCallingTheMethod()
    {
        // The suggested code calls the method; the step's Name is not something C# can call.
        var run = DiagnosticVerifier.Run([("Source0.cs", Pipeline("var parts = Split(table); Count([|parts|]);", "[Step(Name = \"split-data\")]"))]);

        Assert.Equal(
            "Local 'parts' holds every output of step 'split-data'; pass one output ('parts.Train') or deconstruct it with 'var (...) = Split(...)'",
            run.Reported.Single().GetMessage());
    }
}
