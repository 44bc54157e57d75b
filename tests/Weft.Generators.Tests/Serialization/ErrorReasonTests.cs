namespace Weft.Generators.Tests.Serialization;

public class ErrorReasonTests
{
    private const string Source = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Data;
        using System.Threading.Tasks;

        namespace Demo;

        public sealed record WithTable(DataTable Rows);
        public sealed record WithFunc(Func<int> Compute);
        public sealed record WithObject(object Anything);
        public sealed record WithDynamic(dynamic Anything);
        public interface IShape { double Area { get; } }
        public sealed record WithInterface(IShape Shape);
        public abstract class Animal { public string Name { get; set; } = ""; }
        public sealed record Tree(string Label, List<Tree> Children);
        public sealed record Linked(int Value, Linked? Next);
        public sealed record IntKeys(Dictionary<int, string> Map);
        public sealed record Grid(double[,] Cells);
        public sealed record Generic<T>(T Value);
        public static class Outer
        {
            private sealed record Hidden(int Value);
            public sealed record Visible(int Value);
        }
        public sealed class Factory
        {
            private Factory() { }
            public int Value { get; set; }
            public static Factory Create() => new();
        }
        public sealed class Unmatched
        {
            public Unmatched(int size) { Capacity = size; }
            public int Capacity { get; }
        }
        public sealed class ReadOnlyState
        {
            public List<int> Items { get; } = new();
        }
        public sealed class NoState
        {
            public int Computed => 42;
        }
        public ref struct Span2 { public int A { get; set; } }
        public sealed record WithTask(Task<int> Pending);
        public sealed record WithTuple((int A, int B) Pair);
        public sealed record Deep(Level1 Next);
        public sealed record Level1(List<Level2> Items);
        public sealed record Level2(Dictionary<string, IShape> Shapes);
        public unsafe struct Pointed { public int* Pointer; }
        """;

    [Theory]
    [InlineData("Demo.WithTable", "member 'Rows' of type 'System.Data.DataTable' has no serializer because it is a framework type without a built-in serializer")]
    [InlineData("Demo.WithFunc", "member 'Compute' of type 'System.Func<int>' has no serializer because it is a delegate")]
    [InlineData("Demo.WithObject", "member 'Anything' of type 'object' has no serializer because it is 'object', which names no shape")]
    [InlineData("Demo.WithDynamic", "because it is 'dynamic', which names no shape")]
    [InlineData("Demo.IShape", "it is an interface, which the generator cannot construct")]
    [InlineData("Demo.WithInterface", "member 'Shape' of type 'Demo.IShape' has no serializer because it is an interface")]
    [InlineData("Demo.Animal", "it is abstract, which the generator cannot construct")]
    [InlineData("Demo.Tree", "member 'Children' of type 'System.Collections.Generic.List<Demo.Tree>' has no serializer because its element type 'Demo.Tree' has no serializer because 'Demo.Tree' contains itself, and recursive types are not supported")]
    [InlineData("Demo.Linked", "member 'Next' of type 'Demo.Linked?' has no serializer because 'Demo.Linked' contains itself")]
    [InlineData("Demo.IntKeys", "its keys are 'int'; only string keys are supported")]
    [InlineData("Demo.Grid", "it is a multi-dimensional array; use a jagged array (T[][]) instead")]
    [InlineData("Demo.Factory", "it has no public constructor")]
    [InlineData("Demo.Unmatched", "no public constructor's parameters all match its properties (parameter 'size' of type 'int' matches no property of that type)")]
    [InlineData("Demo.ReadOnlyState", "its property 'Items' is read-only and no public constructor parameter sets it")]
    [InlineData("Demo.NoState", "it has no public properties to store")]
    [InlineData("Demo.Span2", "it is a ref struct, which cannot be stored")]
    [InlineData("Demo.WithTask", "member 'Pending' of type 'System.Threading.Tasks.Task<int>' has no serializer because it is a task")]
    [InlineData("Demo.WithTuple", "it is a tuple; use a record with named properties")]
    [InlineData("Demo.Deep", "member 'Next' of type 'Demo.Level1' has no serializer because member 'Items' of type 'System.Collections.Generic.List<Demo.Level2>' has no serializer because its element type 'Demo.Level2' has no serializer because member 'Shapes' of type 'System.Collections.Generic.Dictionary<string, Demo.IShape>' has no serializer because its value type 'Demo.IShape' has no serializer because it is an interface")]
    [InlineData("Demo.Pointed", "member 'Pointer' of type 'int*' has no serializer because it is a pointer")]
    [InlineData("System.Threading.Tasks.Task<int>", "it is a task; the value it completes with is the artifact")]
    [InlineData("object", "it is 'object', which names no shape")]
    [InlineData("System.Action", "it is a delegate")]
    [InlineData("System.Collections.Generic.HashSet<int>", "it is a framework type without a built-in serializer")]
    [InlineData("System.IO.Stream", "it is abstract")]
    [InlineData("Demo.Missing", "its type could not be resolved")]
    public void Unsupported_types_are_explained(string type, string expected)
    {
        var (shape, error) = SerializerHarness.TryParse(Source, type);
        Assert.Null(shape);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_nested_type_is_not_visible_to_generated_code()
    {
        var compilation = SerializerHarness.Compile(Source);
        var hidden = compilation.GetTypeByMetadataName("Demo.Outer+Hidden")!;
        Assert.False(Weft.Generators.Serialization.ArtifactTypeParser.TryParse(hidden, compilation, out _, out var error));
        Assert.Contains("generated code cannot see it", error, StringComparison.Ordinal);

        var visible = compilation.GetTypeByMetadataName("Demo.Outer+Visible")!;
        Assert.True(Weft.Generators.Serialization.ArtifactTypeParser.TryParse(visible, compilation, out _, out _));
    }

    [Fact]
    public void A_type_parameter_is_not_an_artifact_type()
    {
        var compilation = SerializerHarness.Compile(Source);
        var generic = compilation.GetTypeByMetadataName("Demo.Generic`1")!;
        Assert.False(Weft.Generators.Serialization.ArtifactTypeParser.TryParse(generic.TypeParameters[0], compilation, out _, out var error));
        Assert.Equal("it is the type parameter 'T'; artifact types must be concrete", error);
        Assert.False(Weft.Generators.Serialization.ArtifactTypeParser.TryParse(generic, compilation, out _, out error));
        Assert.Contains("type parameter 'T'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_inputs_are_errors_not_exceptions()
    {
        var compilation = SerializerHarness.Compile(Source);
        Assert.False(Weft.Generators.Serialization.ArtifactTypeParser.TryParse(null!, compilation, out var shape, out var error));
        Assert.Null(shape);
        Assert.NotNull(error);
        Assert.False(Weft.Generators.Serialization.ArtifactTypeParser.TryParse(compilation.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_Int32), null!, out _, out error));
        Assert.NotNull(error);
    }
}
