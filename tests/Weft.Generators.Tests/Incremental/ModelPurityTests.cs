using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Helpers;
using Weft.Generators.Tests.Snapshots;

namespace Weft.Generators.Tests.Incremental;

/// <summary>
/// Every value the incremental stages hand on (results, specs, diagnostics, names) holds only plain values: no symbol,
/// syntax, tree, compilation, semantic model, location or operation, which would keep old compilations alive and make
/// the driver's equality checks fail (or, worse, succeed by reference).
/// </summary>
public sealed class ModelPurityTests
{
    // Broken in many ways at once, so that the diagnostics models are full.
    private const string Broken = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;

        namespace Demo;

        public sealed class Opaque
        {
            private readonly Dictionary<object, object> _state = new();

            public int Count => _state.Count;
        }

        [Pipeline]
        public static partial class Broken
        {
            static void Define(int rows, object thing)
            {
                var doubled = rows * 2;
                Make(doubled);
                var opaque = Opaque();
                Steps.Load(rows);
                Other.Load(rows);
                Later(rows);
                if (rows > 2) { Make(rows); }
            }

            [Step] static int Make(int rows) => rows;

            [Step] static Opaque Opaque() => new();

            [Step] static Task<int> Later(int rows) => Task.FromResult(rows);
        }

        public static class Steps
        {
            [Step] public static int Load(int rows) => rows;

            [Step(Retries = -1, Name = "9 bad")] public static T Generic<T>(T value) => value;

            [Step] public static void ByRef(ref int value) => value++;
        }

        public static class Other
        {
            [Step(Name = "Load")] public static int Load(int rows) => rows;
        }

        public partial class NotStatic
        {
        }

        [Pipeline]
        public partial class NotStatic
        {
            static void Define() { }
        }

        [Pipeline]
        public static partial class NoDefine
        {
        }

        [Pipeline(Name = "Twin")]
        public static partial class TwinA
        {
            static void Define() => Steps.Load(1);
        }

        [Pipeline(Name = "Twin")]
        public static partial class TwinB
        {
            static void Define() => Steps.Load(2);
        }
        """;

    public static TheoryData<string> Scenarios => new(PipelineScenarios.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_ModelsHoldOnlyValues(string name)
    {
        var scenario = PipelineScenarios.All.Single(s => s.Name == name);
        var session = GeneratorSession.Start([.. scenario.Files]);
        AssertPure(session.Result);

        // A second run re-creates some values (Modified) and reuses others (Cached): both kinds must be pure.
        session.Edit(scenario.Files[^1].Path, t => t.Replace("static partial class", "static partial class /* edited */"));
        AssertPure(session.Result);
    }

    [Fact]
    public void BrokenPipelines_DiagnosticModelsHoldOnlyValues()
    {
        var session = GeneratorSession.Start(("Broken.cs", Broken));
        Assert.True(session.Diagnostics.Count(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal)) >= 8,
            "Expected many WEFT diagnostics, got: " + string.Join(Environment.NewLine, session.Diagnostics));
        AssertPure(session.Result);

        session.Edit("Broken.cs", t => "\n\n" + t);
        AssertPure(session.Result);
    }

    [Fact]
    public void Finder_FindsASyntaxTreeInsideACollectionOfARecord()
    {
        var tree = CSharpSyntaxTree.ParseText("class C {}");
        var found = ForbiddenReferenceFinder.Find(new Holder("x", [1, tree]));

        Assert.Equal(["root.Items[1]: " + tree.GetType().FullName], found);
    }

    [Fact]
    public void Finder_FindsAFieldDeclaredAsASymbol_EvenWhenItIsNull()
    {
        var found = ForbiddenReferenceFinder.Find(new SymbolHolder(null));

        Assert.Equal(["root.Symbol: " + typeof(ISymbol).FullName], found.Select(f => f.Replace("declared as ", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Finder_FindsALocationInsideAnEquatableArray()
    {
        var location = Location.Create("a.cs", default, default);
        var found = ForbiddenReferenceFinder.Find(new[] { new Boxed(location) }.ToEquatableArray());

        Assert.Single(found);
        Assert.StartsWith("root[0].Value:", found[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Finder_AcceptsPlainValues()
        => Assert.Empty(ForbiddenReferenceFinder.Find(new Holder("x", [1, "two", 3.0, new[] { 'a' }, new Dictionary<string, int> { ["a"] = 1 }])));

    /// <summary>The stages named in <see cref="TrackingNames"/> (whatever the generator tracks today).</summary>
    private static IEnumerable<string> Stages => typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!);

    private static void AssertPure(GeneratorRunResult result)
    {
        var walked = 0;
        var problems = new List<string>();
        foreach (var stage in Stages)
        {
            if (!result.TrackedSteps.TryGetValue(stage, out var steps))
            {
                continue;
            }

            foreach (var (output, index) in steps.SelectMany(s => s.Outputs).Select((o, i) => (o, i)))
            {
                walked++;
                problems.AddRange(ForbiddenReferenceFinder.Find(output.Value, $"{stage}[{index}]"));
            }
        }

        Assert.True(walked > 0, "No tracked output was walked");
        Assert.True(problems.Count == 0, "Models hold Roslyn objects:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    private sealed record Holder(string Name, object[] Items);

    private sealed record SymbolHolder(ISymbol? Symbol);

    private sealed record Boxed(object Value) : IEquatable<Boxed>;
}
