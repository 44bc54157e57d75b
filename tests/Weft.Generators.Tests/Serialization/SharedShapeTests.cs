using System.Text;
using Microsoft.CodeAnalysis;
using Weft.Generators.Caching;
using Weft.Generators.Serialization;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Serialization;

/// <summary>
/// Shapes are built once per compilation and shared by every artifact that contains them; whoever reuses one must still
/// record the declarations it was read from, and a shared answer must be the one a walk of its own would give.
/// </summary>
public sealed class SharedShapeTests
{
    private const string Inner = """
        namespace Demo;

        public sealed record Inner(int Id, string Label);
        """;

    private const string Outers = """
        using System.Collections.Generic;

        namespace Demo;

        public sealed record First(Inner Value);

        public sealed record Second(List<Inner> Items, int Count);
        """;

    [Theory]
    [InlineData("Demo.First", "Demo.Second")]
    [InlineData("Demo.Second", "Demo.First")]
    public void A_reused_nested_shape_still_records_its_declarations(string classifiedFirst, string classifiedSecond)
    {
        var compilation = GeneratorHarness.Compile(("Inner.cs", Inner), ("Outers.cs", Outers));
        var innerTree = compilation.SyntaxTrees.Single(t => t.FilePath == "Inner.cs");

        var first = Classify(compilation, classifiedFirst);
        var second = Classify(compilation, classifiedSecond);

        Assert.Contains(innerTree, first.Dependencies.Trees);
        Assert.Contains(innerTree, second.Dependencies.Trees);
        Assert.Same(InnerShape(first.Shape), InnerShape(second.Shape));
    }

    [Fact]
    public void Shared_shapes_give_what_a_compilation_of_their_own_gives()
    {
        var shared = GeneratorHarness.Compile(("Inner.cs", Inner), ("Outers.cs", Outers));
        Classify(shared, "Demo.First");
        var reused = Classify(shared, "Demo.Second");

        var alone = Classify(GeneratorHarness.Compile(("Inner.cs", Inner), ("Outers.cs", Outers)), "Demo.Second");

        Assert.Equal(alone.Shape, reused.Shape);
        Assert.Equal(alone.Dependencies.Trees.Select(t => t.FilePath).Order(), reused.Dependencies.Trees.Select(t => t.FilePath).Order());
    }

    [Fact]
    public void A_materialized_type_classified_first_still_cannot_be_nested()
    {
        const string source = """
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using Weft;

            namespace Demo;

            [Materializer(typeof(ModelMaterializer))]
            public sealed class Model
            {
                public string Weights { get; set; } = "";
            }

            public sealed class ModelMaterializer : IMaterializer<Model>
            {
                public ValueTask WriteAsync(Model value, Stream destination, CancellationToken ct) => default;
                public ValueTask<Model> ReadAsync(Stream source, CancellationToken ct) => new(new Model());
            }

            public sealed record Holder(Model Model);
            """;
        var compilation = GeneratorHarness.Compile(source);

        Assert.IsType<MaterializerShape>(Classify(compilation, "Demo.Model").Shape);
        Assert.True(ArtifactTypeParser.TryParse(compilation.GetTypeByMetadataName("Demo.Holder")!, compilation, out _, out var error) is false);
        Assert.Contains("stores whole artifacts only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_depth_limit_holds_for_a_type_that_reaches_a_shared_shape_deep_down()
    {
        // L0 holds L1 ... holds L40: L10 alone fits under the limit, L0 does not, whichever is classified first.
        var source = new StringBuilder("namespace Demo;\n");
        for (var i = 0; i < 40; i++)
        {
            source.Append("public sealed record L").Append(i).Append("(L").Append(i + 1).Append(" Next);\n");
        }

        source.Append("public sealed record L40(int Value);\n");
        var warmed = GeneratorHarness.Compile(source.ToString());
        Assert.NotNull(Classify(warmed, "Demo.L10").Shape);
        var afterWarm = Classify(warmed, "Demo.L0");

        var cold = Classify(GeneratorHarness.Compile(source.ToString()), "Demo.L0");

        Assert.Null(cold.Shape);
        Assert.Null(afterWarm.Shape);
        Assert.Contains("nests more than 32 levels deep", cold.Error, StringComparison.Ordinal);
        Assert.Equal(cold.Error, afterWarm.Error);
    }

    private static (TypeShape? Shape, string? Error, Dependencies Dependencies) Classify(Compilation compilation, string metadataName)
    {
        var dependencies = new Dependencies();
        ArtifactTypeParser.TryParse(compilation.GetTypeByMetadataName(metadataName)!, compilation, dependencies, out var shape, out var error);
        return (shape, error, dependencies);
    }

    private static TypeShape InnerShape(TypeShape? outer)
    {
        var member = Assert.IsType<ObjectShape>(outer).Members[0].Type;
        return member is CollectionShape list ? list.Element : member;
    }
}
