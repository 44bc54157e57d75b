using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0008NonSerializableArtifactTests
{
    private static string StepsClass(string member) => $$"""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Weft;
        namespace Demo;

        public interface IScorer
        {
            double Score(double x);
        }

        public sealed record Bundle(Table Data, IScorer Scorer);

        public sealed class Opaque
        {
            private readonly int _state = 1;

            public int Peek() => _state;
        }

        public static class Steps
        {
            {{member}}
        }
        """;

    [Theory]
    [InlineData("[Step] public static [|IScorer|] Train(Table t) => null!;",
        "Train", "value", "Demo.IScorer", "it is an interface, which the generator cannot construct")]
    [InlineData("[Step] public static [|Task<object>|] Load(string name) => Task.FromResult<object>(name);",
        "Load", "value", "object", "it is 'object', which names no shape")]
    [InlineData("[Step] public static [|Stream|] Open(string path) => Stream.Null;",
        "Open", "value", "System.IO.Stream", "it is abstract, which the generator cannot construct")]
    [InlineData("[Step] public static [|Dictionary<int, double>|] Histogram(Table t) => new();",
        "Histogram", "value", "System.Collections.Generic.Dictionary<int, double>", "its keys are 'int'; only string keys are supported")]
    [InlineData("[Step] public static [|double[,]|] Grid(Table t) => new double[1, 1];",
        "Grid", "value", "double[*,*]", "it is a multi-dimensional array; use a jagged array (T[][]) instead")]
    [InlineData("[Step] public static [|Opaque|] Seal(Table t) => new();",
        "Seal", "value", "Demo.Opaque", "it has no public properties to store")]
    [InlineData("[Step] public static [|Func<double, double>|] Curve(Table t) => x => x;",
        "Curve", "value", "System.Func<double, double>", "it is a delegate")]
    [InlineData("[Step] public static [|Bundle|] Pack(Table t) => null!;",
        "Pack", "value", "Demo.Bundle", "member 'Scorer' of type 'Demo.IScorer' has no serializer because it is an interface, which the generator cannot construct")]
    [InlineData("[Step(Name = \"fit\")] public static async [|ValueTask<IScorer>|] FitAsync(Table t) { await Task.Yield(); return null!; }",
        "fit", "value", "Demo.IScorer", "it is an interface, which the generator cannot construct")]
    public void Output_ReportsWEFT0008AtTheReturnType(string member, string step, string output, string type, string reason)
    {
        DiagnosticVerifier.Verify(StepsClass(member), At(0, "WEFT0008", step, output, type, reason));
    }

    [Fact]
    public void TupleElement_IsNamedAndEachBadElementReported()
    {
        var run = DiagnosticVerifier.Verify(StepsClass("[Step] public static [|(Table Data, IScorer Scorer, object Extra)|] Fit(Table t) => (t, null!, 1);"),
            At(0, "WEFT0008", "Fit", "Scorer", "Demo.IScorer", "it is an interface, which the generator cannot construct"),
            At(0, "WEFT0008", "Fit", "Extra", "object", "it is 'object', which names no shape"));

        Assert.Contains(run.Reported, d => d.GetMessage() ==
            "Step 'Fit' output 'Scorer' of type 'Demo.IScorer' cannot be stored: it is an interface, which the generator cannot construct; " +
            "give the type [Materializer(typeof(...))] or add [assembly: Materializer(typeof(Demo.IScorer), typeof(...))]");
    }

    [Fact]
    public void Materializer_MakesTheTypeStorable()
    {
        DiagnosticVerifier.Verify("""
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using Weft;

            [assembly: Materializer(typeof(Demo.IScorer), typeof(Demo.ScorerMaterializer))]

            namespace Demo;

            public interface IScorer
            {
                double Score(double x);
            }

            public sealed class ScorerMaterializer : IMaterializer<IScorer>
            {
                public ValueTask WriteAsync(IScorer value, Stream destination, CancellationToken ct) => default;

                public ValueTask<IScorer> ReadAsync(Stream source, CancellationToken ct) => throw new System.NotSupportedException();
            }

            public static class Steps
            {
                [Step] public static IScorer Train(Table t) => null!;
            }
            """);
    }

    [Fact]
    public void PipelineUsingTheStep_IsNotGeneratedAndTheStepIsReportedOnce()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public interface IScorer
            {
                double Score(double x);
            }

            [Pipeline]
            public static partial class Training
            {
                static void Define()
                {
                    var first = Train("a");
                    var second = Train("b");
                }

                [Step] static [|IScorer|] Train(string name) => null!;
            }
            """,
            At(0, "WEFT0008", "Train", "value", "Demo.IScorer", "it is an interface, which the generator cannot construct"));

        Assert.Empty(run.HintNames);
    }
}
