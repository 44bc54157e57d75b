namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// Each construct the fast path is not certain of is lowered by binding instead, with exactly the output and
/// diagnostics binding gives; the constructs it is certain of never fall back.
/// </summary>
public sealed class DefineFastPathFallbackTests
{
    private static string Pipeline(string usings, string body, string members) => $$"""
        using System.Threading;
        using Weft;
        {{usings}}

        namespace Demo;

        public sealed record Table(string Name);

        public sealed record Model(long Trees, double Rate);

        public static class Shared
        {
            [Step] public static Table Other(string name) => new(name);
        }

        public static class More
        {
            [Step] public static Table Other(string name, int copies = 1) => new(name + copies);
        }

        [Pipeline]
        public static partial class Training
        {
            static void Define(string name, int trees)
            {
                var table = Load(name);
                {{body}}
            }

            [Step] static Table Load(string name) => new(name);

            [Step] static Model Fit(Table table, long trees, double rate = 0.5, CancellationToken ct = default) => new(trees, rate);

            {{members}}
        }
        """;

    [Theory]
    // An overload: which one binds is overload resolution's call.
    [InlineData("", "Fit(table, trees);", "[Step(Name = \"FitLabel\")] static Model Fit(Table table, string label) => new(1, 0);")]
    // A local function shadowing a step (itself reported as unsupported).
    [InlineData("", "Fit(table, trees); static Table Load(string n) => new(n);", "")]
    // 'using static' in reach: one class offering the name, two classes offering it.
    [InlineData("using static Demo.Shared;", "var other = Other(name); Fit(other, 4L);", "")]
    [InlineData("using static Demo.Shared; using static Demo.More;", "var other = Other(name);", "")]
    // A step of a class the pipeline inherits a same-named member from (object.Equals), a name declared twice.
    [InlineData("", "var same = Shared.Equals(name);", "")]
    [InlineData("", "var twice = Load(name); var twice = Load(name); Fit(twice, trees);", "")]
    // Constants the compiler converts: int literal to long, int literal to double.
    [InlineData("", "Fit(table, 3);", "")]
    [InlineData("", "Fit(table, trees, 1);", "")]
    // Named arguments out of parameter order.
    [InlineData("", "Fit(rate: 0.1, table: table, trees: trees);", "")]
    // Calls that are not steps: a method of the pipeline, a framework method with overloads.
    [InlineData("", "var helped = Helper(name);", "static Table Helper(string n) => new(n);")]
    [InlineData("", "System.Console.WriteLine(name);", "")]
    // Calls that do not compile: a missing argument, a wrong type, an unknown method, an await of a synchronous step.
    [InlineData("", "Fit(table);", "")]
    [InlineData("", "Fit(table, name);", "")]
    [InlineData("", "Missing(name);", "")]
    [InlineData("", "var again = await Load(name);", "")]
    // A token passed explicitly, an argument the grammar rejects, a member of a step's output.
    [InlineData("", "Fit(table, trees, ct: CancellationToken.None);", "")]
    [InlineData("", "Fit(table, trees * 2);", "")]
    [InlineData("", "var other = Load(table.Name);", "")]
    public void UncertainCall_FallsBackToBinding_WithTodaysOutput(string usings, string body, string members)
    {
        var fast = FastPathRun.AssertSame(("Training.cs", Pipeline(usings, body, members)));

        Assert.True(fast.Fallbacks > 0, "the fast path took a call it cannot be certain of");
    }

    [Theory]
    // Define parameters through implicit conversions, an explicitly typed local, a nested call, a step of another class, constants.
    [InlineData("", "Fit(table, trees);", "")]
    [InlineData("", "Table typed = Load(name); Fit(typed, trees, rate: 0.25);", "")]
    [InlineData("", "Fit(Load(name), trees);", "")]
    [InlineData("", "var other = Shared.Other(name); Fit(other, 4L);", "")]
    [InlineData("", "const long Many = 40; Fit(table, Many, Rate);", "private const double Rate = 0.75;")]
    public void CertainCall_TakesTheFastPath_WithTodaysOutput(string usings, string body, string members)
    {
        var fast = FastPathRun.AssertSame(("Training.cs", Pipeline(usings, body, members)));

        Assert.Equal(0, fast.Fallbacks);
        Assert.True(fast.FastCalls >= 2);
    }

    [Fact]
    public void TypeNamedVar_LocalsStillGetTheirDeclaredTypes()
    {
        // 'var' names this class here, so 'var x = ...' is not inference: the local's type is bound as written.
        var fast = FastPathRun.AssertSame(("Training.cs", Pipeline("", "var other = Load(name);", "sealed class var { }")));

        Assert.True(fast.FastCalls > 0);
    }
}
