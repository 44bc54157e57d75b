using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Weft.Generators.Parsing;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// Step and Define signatures read from their declarations (<see cref="SignatureSyntax"/>) so that the compiler's method
/// checks never run for ordinary code: what is read must be exactly what the symbol gives, nullable annotations and tuple
/// names included, and anything the syntax alone does not settle must be read from the symbol.
/// </summary>
public sealed class MethodSignatureTests
{
    private const string Source = """
        #nullable enable
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Alias = System.Collections.Generic.List<int>;

        namespace Demo;

        public sealed record Row(int Id);

        public enum Mode { Fast, Slow }

        public enum Level { Low = 1, High = 2 }

        public struct Point { public int X; }

        public static class Steps
        {
            public sealed record Inner(string Name);

            public static Row Plain(Row row, int count = 3, double ratio = -0.5, string? label = null, CancellationToken ct = default, Point at = default) => row;

            public static (Row Train, Row Test) Split(List<Row> rows, Dictionary<string, double?> weights, Mode mode, Row? maybe = null) => default;

            public static async Task<Inner[]> Load(int?[] values, (int, string Name) pair, long big = 5L, decimal money = -1.50m)
            {
                await Task.Yield();
                return [];
            }

            public static void Nothing() { }

            public static Task Run() => Task.CompletedTask;

            public static ValueTask<List<(string Key, double? Value)>> Pairs(int? count = 3) => default;

            public static T Generic<T>(T value) => value;

            public static int Referenced(ref int value) => value;

            public static int Attributed([System.Runtime.InteropServices.Optional] int value) => value;

            public static int Aliased(Alias values) => 0;

            public static dynamic Dynamic(int value) => value;

            public static int Qualified(System.Threading.CancellationToken ct) => 0;

            public static int Widened(long value = 3) => 0;

            public static int GlobalQualified(global::Demo.Row row, global::System.Collections.Generic.List<global::Demo.Row> rows) => 0;

            public static System.Threading.Tasks.Task<int> QualifiedGeneric(System.Collections.Generic.Dictionary<string, System.Threading.Tasks.Task<int?>> map) => null!;

            public static int ViaType(Steps.Inner inner) => 0;

            public static int Named(Mode mode = Mode.Fast) => 0;

            public static int Zero(int value = default) => 0;

            public static int NullableMode(Mode? mode = Mode.Slow, int after = 2) => 0;

            public static int Shadowed(Mode Mode = Mode.Slow) => 0;

            public static int Explicit(Level level = Level.High) => 0;

            public static ref int ByReference(int[] values) => ref values[0];

            public static int Named2((int Item2, int Other) pair) => 0;

        #nullable disable
            public static Row Oblivious(Row row) => row;

            public static Task<(Row A, int? B)> ObliviousInside(List<Row> rows, int?[] values, Dictionary<string, Row[][]> map,
                List<int> counts, (int, Row) pair, Mode mode, int? n = 3) => null;

            public static int ObliviousAnnotated(string? text) => 0;
        #nullable restore

            public static class Nested
            {
                public static Inner Use(Inner inner, Row row) => inner;
            }
        }

        public static class Generic<T>
        {
            public static int Inside(int value) => value;
        }

        public class WithPrimary(int count)
        {
            public int Count => count;

            public static int Primary(int value) => value;
        }

        public class Derived : System.Exception
        {
            public static int Inherits(int value) => value;
        }
        """;

    public static TheoryData<string> FromSyntax => new()
    {
        "Plain", "Split", "Load", "Nothing", "Run", "Pairs", "Use", "Named", "NullableMode", "Oblivious", "ObliviousInside",
        "Qualified", "GlobalQualified", "QualifiedGeneric",
    };

    public static TheoryData<string> FromSymbol => new()
    {
        "Generic", "Referenced", "Attributed", "Aliased", "Dynamic", "ViaType", "Widened", "Zero", "ByReference", "Named2", "Shadowed", "Explicit",
        "ObliviousAnnotated", "Inside", "Inherits", "Primary",
    };

    [Theory]
    [MemberData(nameof(FromSyntax))]
    public void Ordinary_signatures_are_read_from_syntax_exactly_as_bound(string name)
    {
        var (method, compilation) = Method(name);

        var signature = MethodSignatures.Of(method, compilation);

        Assert.True(signature.FromSyntax, name);
        var bound = MethodSignatures.FromSymbol(method);
        Assert.True(signature.SameAs(bound), $"{signature.Describe()} vs {bound.Describe()}");
    }

    [Theory]
    [MemberData(nameof(FromSymbol))]
    public void Signatures_the_syntax_does_not_settle_are_read_from_the_symbol(string name)
    {
        var (method, compilation) = Method(name);

        Assert.Null(SignatureSyntax.TryRead(method, compilation));
        Assert.False(MethodSignatures.Of(method, compilation).FromSyntax);
    }

    [Fact]
    public void A_difference_in_an_annotation_or_a_tuple_name_is_a_difference()
    {
        var (method, compilation) = Method("Split");
        var signature = MethodSignatures.Of(method, compilation);
        var annotated = new MethodSignature(
            signature.Parameters.Select(p => p.Ordinal == 0 ? With(p, p.Type.WithNullableAnnotation(NullableAnnotation.Annotated)) : p).ToList(),
            signature.ReturnType, signature.ReturnsVoid, signature.ReturnsByRef, signature.IsVararg, fromSyntax: true);
        var tuple = (INamedTypeSymbol)signature.ReturnType;
        var renamed = new MethodSignature(signature.Parameters, compilation.CreateTupleTypeSymbol(tuple.TupleElements.Select(e => e.Type).ToImmutableArray(),
            ["Train", "Other"]), signature.ReturnsVoid, signature.ReturnsByRef, signature.IsVararg, fromSyntax: true);

        Assert.False(signature.SameAs(annotated));
        Assert.False(signature.SameAs(renamed));
        Assert.True(signature.SameAs(MethodSignatures.FromSymbol(method)));
    }

    [Fact]
    public void Every_step_and_Define_of_the_synthetic_shape_is_read_from_syntax()
    {
        var compilation = GeneratorHarness.Compile(SyntheticShape.Files);
        var methods = compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes())
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .Where(m => m.AttributeLists.Count > 0 || m.Identifier.ValueText == "Define")
            .Select(m => (IMethodSymbol)compilation.GetSemanticModel(m.SyntaxTree).GetDeclaredSymbol(m)!)
            .ToList();

        Assert.True(methods.Count > SyntheticShape.Calls);
        Assert.All(methods, m => Assert.True(MethodSignatures.Of(m, compilation).FromSyntax, m.Name));
    }

    private static SignatureParameter With(SignatureParameter p, ITypeSymbol type)
        => new(p.Name, p.Ordinal, type, p.RefKind, p.IsParams, p.HasAttributes, p.HasExplicitDefaultValue, p.ExplicitDefaultValue, p.Location, p.Symbol);

    private static (IMethodSymbol Method, Compilation Compilation) Method(string name)
    {
        // A compilation of its own each time, so that nothing the compiler bound for one test is reused by the next.
        var compilation = GeneratorHarness.Compile(Source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8125"));
        var method = compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>().Single();
        return (method, compilation);
    }
}
