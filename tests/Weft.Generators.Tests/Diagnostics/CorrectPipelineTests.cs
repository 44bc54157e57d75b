namespace Weft.Generators.Tests.Diagnostics;

/// <summary>Pipelines the grammar accepts: no WEFT diagnostic, and the generated code compiles warning-free.</summary>
public sealed class CorrectPipelineTests
{
    [Fact]
    public void AsyncSteps_GenerateCleanly()
    {
        var run = CleanGeneration.Assert("""
            using System.Threading;
            using System.Threading.Tasks;
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static async Task Define(string name)
                {
                    var table = await Load(name);
                    var model = await Fit(table);
                    await Publish(model);
                    var metrics = await (Evaluate(model, table));
                    await Archive(metrics);
                }

                [Step] static Task<Table> Load(string name) => Task.FromResult(new Table(name, []));

                [Step] static async ValueTask<Model> Fit(Table table, CancellationToken ct = default)
                {
                    await Task.Delay(1, ct);
                    return new(table.Values.Length, 0);
                }

                [Step] static Task Publish(Model model) => Task.CompletedTask;

                [Step] static async Task<Metrics> Evaluate(Model model, Table table)
                {
                    await Task.Yield();
                    return new(model.Slope, table.Values.Length);
                }

                [Step] static ValueTask Archive(Metrics metrics, CancellationToken ct = default) => default;
            }
            """,
            "Demo.Training");

        Assert.Equal(["Load", "Fit", "Publish", "Evaluate", "Archive"], CleanGeneration.NodeNames(run, "Demo.Training"));
    }

    [Fact]
    public void Tuples_GenerateCleanly()
    {
        var run = CleanGeneration.Assert("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define()
                {
                    var table = Load("houses");
                    var (train, test) = Split(table);
                    (var left, var right) = Split(test);
                    var (first, _) = Split(left);
                    var parts = Split(right);
                    var model = Fit(parts.Train);
                    var metrics = Evaluate(model, train);
                    Evaluate(Fit(parts.Test), first);
                }

                [Step] static Table Load(string name) => new(name, [1, 2, 3, 4]);

                [Step] static (Table Train, Table Test) Split(Table table) => (table with { Name = "train" }, table with { Name = "test" });

                [Step] static Model Fit(Table train) => new(train.Values.Length, 0);

                [Step] static Metrics Evaluate(Model model, Table test) => new(model.Slope, test.Values.Length);
            }
            """,
            "Demo.Training");

        Assert.Equal(["Load", "Split", "Split_2", "Split_3", "Split_4", "Fit", "Evaluate", "Fit_2", "Evaluate_2"],
            CleanGeneration.NodeNames(run, "Demo.Training"));
    }

    [Fact]
    public void StepsInOtherStaticClasses_GenerateCleanly()
    {
        var run = CleanGeneration.Assert(
            [
                ("Steps.cs", """
                    using Weft;
                    namespace Demo.Steps;

                    public static class DataSteps
                    {
                        [Step] public static Table Load(string name) => new(name, []);

                        [Step(Name = "clean")] internal static Table Clean(Table table) => table with { Values = [] };

                        public static class Modelling
                        {
                            [Step] public static Model Fit(Table table) => new(table.Values.Length, 0);
                        }
                    }
                    """),
                ("Training.cs", """
                    using Demo.Steps;
                    using Weft;
                    using static Demo.Steps.DataSteps;
                    namespace Demo;

                    [Pipeline(Name = "houses")]
                    public static partial class Training
                    {
                        static void Define()
                        {
                            var table = Load("houses");
                            var cleaned = DataSteps.Clean(table);
                            var model = Modelling.Fit(cleaned);
                            Report(model);
                        }

                        [Step] static string Report(Model model) => model.ToString();
                    }
                    """),
            ],
            "Demo.Training");

        Assert.Equal(["Load", "clean", "Fit", "Report"], CleanGeneration.NodeNames(run, "Demo.Training"));
    }

    [Fact]
    public void ConstantsEnumsNamedAndOmittedArguments_GenerateCleanly()
    {
        CleanGeneration.Assert("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                private const int DefaultTrees = 200;

                static void Define(DataFile houses, int trees = DefaultTrees, double testFraction = -0.25, Mode mode = Mode.Careful,
                    string label = "nightly", string[]? tags = null, bool options = true)
                {
                    const string Name = "houses";
                    var table = Load(houses, Name);
                    var a = Fit(table, DefaultTrees);
                    var b = Fit(table, trees, mode: Mode.Fast);
                    var c = Fit(rate: testFraction, table: table);
                    var d = Fit(table, 3, Mode.Careful, -1.5e-3, nameof(Training), 'x', 2.5m, 7, true, null);
                    var e = Fit(table, label: label, comment: "a \"quoted\"\nline", seed: long.MaxValue, marker: '\'');
                    Summarize(a, b, c, d, e, tags, options, (int)Mode.Fast);
                }

                [Step] static Table Load(DataFile file, string name) => new(name + file.Path, []);

                [Step]
                static Model Fit(Table table, int trees = 10, Mode mode = Mode.Fast, double rate = 0.1, string label = "fit",
                    char marker = 'm', decimal cost = 1m, long seed = 0, bool verbose = false, string? comment = null)
                    => new(trees + (int)mode + rate + label.Length + marker + (double)cost + seed + (verbose ? 1 : 0) + (comment?.Length ?? 0), 0);

                [Step]
                static int Summarize(Model a, Model b, Model c, Model d, Model e, string[]? tags, bool flag, int speed)
                    => (int)(a.Slope + b.Slope + c.Slope + d.Slope + e.Slope) + (tags?.Length ?? 0) + (flag ? 1 : 0) + speed;
            }
            """,
            "Demo.Training");
    }

    [Fact]
    public void ExpressionBodiedDefines_GenerateCleanly()
    {
        var run = CleanGeneration.Assert("""
            using System.Threading.Tasks;
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Record
            {
                static void Define(string name) => Save(Load(name));

                [Step] static Table Load(string name) => new(name, []);

                [Step] static void Save(Table table) { }
            }

            [Pipeline]
            public static partial class Training
            {
                static async Task Define() => await Fit(Steps.Load("houses"));

                [Step] static async Task<Model> Fit(Table table)
                {
                    await Task.Yield();
                    return new(table.Values.Length, 0);
                }
            }

            public static class Steps
            {
                [Step] public static Table Load(string name) => new(name, []);
            }
            """,
            "Demo.Record", "Demo.Training");

        Assert.Equal(["Load", "Save"], CleanGeneration.NodeNames(run, "Demo.Record"));
        Assert.Equal(["Load", "Fit"], CleanGeneration.NodeNames(run, "Demo.Training"));
    }

    [Fact]
    public void NestedStepCallsAsArguments_GenerateInEvaluationOrder()
    {
        var run = CleanGeneration.Assert("""
            using System.Threading.Tasks;
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static async Task Define()
                {
                    var metrics = Evaluate(await Fit(Load("train")), Load("test"));
                    Evaluate(await Fit(test: Load("holdout"), train: Load("train")), Load("final"));
                }

                [Step] static Table Load(string name) => new(name, []);

                [Step] static async Task<Model> Fit(Table train, Table? test = null)
                {
                    await Task.Yield();
                    return new(train.Values.Length, test?.Values.Length ?? 0);
                }

                [Step] static Metrics Evaluate(Model model, Table test) => new(model.Slope, test.Values.Length);
            }
            """,
            "Demo.Training");

        Assert.Equal(["Load", "Fit", "Load_2", "Evaluate", "Load_3", "Load_4", "Fit_2", "Load_5", "Evaluate_2"],
            CleanGeneration.NodeNames(run, "Demo.Training"));
    }

    [Fact]
    public void NamedArgumentsOutOfOrder_NameNodesInBodyOrder()
    {
        var run = CleanGeneration.Assert("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define() => Fit(test: Load("holdout"), train: Load("train"));

                [Step] static Table Load(string name) => new(name, []);

                [Step] static Model Fit(Table train, Table test) => new(train.Values.Length, test.Values.Length);
            }
            """,
            "Demo.Training");

        // C# evaluates named arguments in the order written, and nodes are named "in body order" (DESIGN.md §1).
        var nodes = CleanGeneration.Nodes(run, "Demo.Training");
        Assert.Equal(["Load", "Load_2", "Fit"], nodes.Select(n => n.Name));
        Assert.Contains("\"holdout\"", nodes[0].Text, StringComparison.Ordinal);
        Assert.Contains("\"train\"", nodes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalNamespaceInternalClassWithOptions_GeneratesCleanly()
    {
        CleanGeneration.Assert("""
            using Weft;

            [Pipeline(Name = "nightly"), Schedule("0 3 * * *"), Image("registry.example/weft@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
            [Resources(Cpu = "1", Memory = "1Gi")]
            internal static partial class Nightly
            {
                static void Define(int @event = 1)
                {
                    var table = Load("houses");
                    ;
                    var copy = (Load("copy"));
                    Fit(table, copy, @event);
                }

                [Step(Retries = 2, Cache = false, CacheVersion = "2")]
                [Resources(Cpu = "2", Memory = "2Gi", Gpu = 1)]
                static Demo.Table Load(string name) => new(name, []);

                [Step] static Demo.Model Fit(Demo.Table a, Demo.Table b, int @event) => new(a.Values.Length + b.Values.Length, @event);
            }
            """,
            "Nightly");
    }

    [Fact]
    public void VarLocalOfReferenceType_GeneratesANullableCleanInvoker()
    {
        CleanGeneration.Assert("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define()
                {
                    var table = Load("houses");
                    Fit(table);
                }

                [Step] static Table Load(string name) => new(name, []);

                [Step] static Model Fit(Table table) => new(table.Values.Length, 0);
            }
            """,
            "Demo.Training");
    }

    [Fact]
    public void DefaultCancellationTokenArgument_IsAccepted()
    {
        CleanGeneration.Assert("""
            using System.Threading;
            using System.Threading.Tasks;
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static async Task Define() => await Archive(Load("houses"), default);

                [Step] static Table Load(string name) => new(name, []);

                [Step] static ValueTask Archive(Table table, CancellationToken ct) => default;
            }
            """,
            "Demo.Training");
    }

    [Fact]
    public void TupleOutputByPosition_IsAccepted()
    {
        var run = CleanGeneration.Assert("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define()
                {
                    var parts = Split(Load("houses"));
                    Fit(parts.Item2);
                }

                [Step] static Table Load(string name) => new(name, []);

                [Step] static (Table Train, Table Test) Split(Table table) => (table, table);

                [Step] static Model Fit(Table table) => new(table.Values.Length, 0);
            }
            """,
            "Demo.Training");

        Assert.Contains("new global::Weft.ArtifactBinding(\"Split\", \"Test\")", CleanGeneration.Nodes(run, "Demo.Training")[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NullableStepParameters_TakeConstantsAndOmittedDefaults()
    {
        var run = CleanGeneration.Assert("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define()
                {
                    var table = Load("houses");
                    Fit(table);
                    Fit(table, Mode.Careful, 3, 0.25, 7L);
                    Fit(table, mode: null, limit: default, rate: default(double?));
                }

                [Step] static Table Load(string name) => new(name, []);

                [Step] static Model Fit(Table table, Mode? mode = null, int? limit = null, double? rate = 0.5, long? seed = default, object? tag = null)
                    => new(table.Values.Length, 0);
            }
            """,
            "Demo.Training");

        var nodes = CleanGeneration.Nodes(run, "Demo.Training");
        Assert.Equal(["Load", "Fit", "Fit_2", "Fit_3"], nodes.Select(n => n.Name));
        Assert.Contains("(global::Demo.Mode)(1)", nodes[2].Text, StringComparison.Ordinal);
        Assert.Contains("(global::Demo.Mode?)null", nodes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ObsoleteStepsAndTypes_WarnOnlyWhereTheUserUsesThem()
    {
        // The user silences their own uses; the generated invokers, RunAsync and serializers must add no warning of their own.
        CleanGeneration.Assert("""
            using System;
            using Weft;
            namespace Demo;

            [Obsolete("use Model")] public sealed record OldModel(double Slope);

            [Obsolete] public enum OldMode { Fast, Careful }

            [Pipeline]
            public static partial class Training
            {
            #pragma warning disable CS0612, CS0618
                static void Define(OldMode mode = OldMode.Fast)
                {
                    var model = Fit(mode);
                    var score = Score(model);
                }

                [Step] static OldModel Fit(OldMode mode) => new((int)mode);

                [Obsolete("scored elsewhere now")]
                [Step] static double Score(OldModel model) => model.Slope;
            #pragma warning restore CS0612, CS0618
            }
            """,
            "Demo.Training");
    }
}
