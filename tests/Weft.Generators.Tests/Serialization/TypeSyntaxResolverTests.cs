using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Serialization;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Serialization;

/// <summary>
/// Record parameter types read from syntax (<see cref="TypeSyntaxResolver"/> over a <see cref="NameScope"/>) must be
/// exactly the types binding gives, annotations included, and anything name lookup could make uncertain must get no
/// answer (so that binding decides).
/// </summary>
public sealed class TypeSyntaxResolverTests
{
    private const string Common = """
        global using System.Collections.Generic;
        global using Weft;
        #nullable enable
        namespace Lib
        {
            public sealed record Row(int Id);
            public enum Kind { A, B }
            public struct Point { public int X { get; set; } }
        }
        """;

    [Fact]
    public void Names_of_the_namespace_imports_and_constructed_types_resolve_as_binding_does()
    {
        var answers = Resolve("""
            #nullable enable
            using Lib;
            namespace App.Models;
            public sealed record Local(int Id);
            public sealed record Holder(
                Local Own, Row Imported, List<Row> Rows, Dictionary<string, double?> Scores, List<Row?> Maybe, Kind[] Kinds,
                Kind? Pick, Point?[] Points, int[][] Jagged, IReadOnlyList<Dictionary<string, Row[]>> Deep, DataFile File, Row? Optional);
            """);

        Assert.All(answers, a => Assert.True(a.Resolved, $"'{a.Syntax}' was not read from syntax"));
    }

    [Fact]
    public void A_type_of_an_enclosing_namespace_hides_an_imported_one()
    {
        var answers = Resolve("""
            #nullable enable
            namespace App
            {
                public sealed class List<T> { public T? Value { get; set; } }
            }
            """, """
            #nullable enable
            namespace App.Models;
            public sealed record Holder(List<int> Values);
            """);

        var answer = Assert.Single(answers);
        Assert.True(answer.Resolved);
        Assert.Equal("App.List<int>", answer.Bound!.ToDisplayString());
    }

    [Theory]
    [InlineData("using Row = Lib.Row;\nnamespace App;\npublic sealed record Holder(Row Value);")]
    [InlineData("using static Lib.Outer;\nnamespace App;\npublic sealed record Holder(Nested Value);")]
    [InlineData("namespace App\n{\n    using Lib;\n    public sealed record Holder(Row Value);\n}")]
    [InlineData("using Lib;\nusing Other;\nnamespace App;\npublic sealed record Holder(Row Value);")]
    [InlineData("using Lib;\nnamespace App;\npublic sealed record Holder(Lib.Row Value);")]
    [InlineData("using Lib;\nnamespace App;\npublic sealed record Holder(Row Value, Missing Other);")]
    [InlineData("namespace App;\npublic sealed record Holder(dynamic Value);")]
    [InlineData("namespace App;\npublic sealed record Holder((int A, int B) Pair);")]
    [InlineData("namespace App;\npublic sealed record Holder(Sub Value);\nnamespace App.Sub { }")]
    public void Uncertain_names_are_left_to_binding(string declaration)
    {
        const string others = """
            #nullable enable
            namespace Lib { public static class Outer { public sealed record Nested(int A); } }
            namespace Other { public sealed record Row(string Name); }
            """;
        var answers = Resolve("#nullable enable\n" + declaration, others);

        // Whatever can be read is still exactly what binding gives; the uncertain part is not read.
        Assert.Contains(answers, a => !a.Resolved);
    }

    [Fact]
    public void A_file_local_type_is_left_to_binding()
    {
        var answers = Resolve("""
            #nullable enable
            namespace App;
            file sealed record Secret(int A);
            public sealed record Holder(int Id);
            internal sealed record Uses(Secret Value);
            """);

        Assert.Contains(answers, a => a.Syntax == "Secret" && !a.Resolved);
    }

    /// <summary>Every record parameter type of the last source, read from syntax where certain, checked against binding.</summary>
    private static List<Answer> Resolve(params string[] sources)
    {
        var compilation = GeneratorHarness.Compile(new[] { Common }.Concat(sources).ToArray());
        var globalUsings = GlobalUsings.Read(compilation);
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var answers = new List<Answer>();
        foreach (var record in tree.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>())
        {
            foreach (var parameter in record.ParameterList?.Parameters ?? default)
            {
                var scope = NameScope.Create(compilation, record.Parent!, globalUsings);
                var resolved = scope is null ? null : TypeSyntaxResolver.TryResolve(compilation, scope, parameter.Type!);
                var bound = model.GetTypeInfo(parameter.Type!).Type;
                if (resolved is not null)
                {
                    Assert.NotNull(bound);
                    Assert.NotEqual(TypeKind.Error, bound!.TypeKind);
                    Assert.True(
                        SymbolEqualityComparer.IncludeNullability.Equals(
                            resolved.WithNullableAnnotation(NullableAnnotation.NotAnnotated), bound.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
                        $"'{parameter.Type}' read as '{resolved.ToDisplayString()}' but bound as '{bound.ToDisplayString()}'");
                }

                answers.Add(new Answer(parameter.Type!.ToString(), resolved is not null, bound));
            }
        }

        return answers;
    }

    private sealed record Answer(string Syntax, bool Resolved, ITypeSymbol? Bound);
}
