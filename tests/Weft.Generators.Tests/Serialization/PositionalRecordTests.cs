using Microsoft.CodeAnalysis;
using Weft.Generators.Serialization;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Serialization;

/// <summary>
/// Plain positional records are read from their declarations instead of from the members the compiler builds for
/// them; the answer, shape or reason, must be exactly what the general path over the members gives.
/// </summary>
public sealed class PositionalRecordTests
{
    private const string Source = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using Weft;

        namespace Demo;

        public enum Mode { Fast, Slow }
        public sealed record Scalars(int Count, long Big, double Ratio, bool Flag, string Name, DateTime When, Guid Id, DataFile File);
        public sealed record Nullables(string? Label, int? Maybe, Mode? Pick, Scalars? Inner, byte[]? Bytes);
        public sealed record Collections(List<string?> Names, string?[] Tags, Dictionary<string, double?> Scores, IReadOnlyList<Scalars> Items);
        public sealed record Nested(Scalars Head, List<Nullables> Tail, Collections? More);
        public sealed record Keywords(int @class, string @event, Mode @default);
        public record Open(int A, string B = "b");
        public sealed record Empty();
        public sealed record WithBody(int A) { public int B { get; init; } }
        public record Base(int Id);
        public sealed record Derived(int Id, string Label) : Base(Id);
        public sealed record ObsoleteProperty(int A, [property: Obsolete("gone", true)] int B);
        [method: Obsolete("gone", true)] public sealed record ObsoleteConstructor(int A);
        public sealed record Linked(int Value, Linked? Next);
        public sealed record WithObject(int A, object Anything);
        public sealed record WithTuple(int A, (int X, int Y) Pair);
        public sealed record Generic<T>(T Value);
        public sealed record Closed(Generic<int> Wrapped, Generic<string?> Maybe);
        public record struct Point(double X, double Y);
        public sealed record Holder(Point At, Point? Maybe);
        public partial record Split(int A);
        public partial record Split { public int B { get; init; } }

        #nullable disable
        public sealed record Oblivious(string Name, List<string> Items, int? Maybe);
        #nullable enable
        public sealed record UsesOblivious(Oblivious Inner, string? Label);
        """;

    [Theory]
    [InlineData("Demo.Scalars")]
    [InlineData("Demo.Nullables")]
    [InlineData("Demo.Collections")]
    [InlineData("Demo.Nested")]
    [InlineData("Demo.Keywords")]
    [InlineData("Demo.Open")]
    [InlineData("Demo.Empty")]
    [InlineData("Demo.WithBody")]
    [InlineData("Demo.Derived")]
    [InlineData("Demo.ObsoleteProperty")]
    [InlineData("Demo.ObsoleteConstructor")]
    [InlineData("Demo.Linked")]
    [InlineData("Demo.WithObject")]
    [InlineData("Demo.WithTuple")]
    [InlineData("Demo.Closed")]
    [InlineData("Demo.Holder")]
    [InlineData("Demo.Split")]
    [InlineData("Demo.Oblivious")]
    [InlineData("Demo.UsesOblivious")]
    public void Reading_the_declaration_gives_what_the_members_give(string metadataName)
    {
        var fromDeclarations = Classify(metadataName, readDeclarations: true);
        var fromMembers = Classify(metadataName, readDeclarations: false);

        Assert.Equal(fromMembers.Error, fromDeclarations.Error);
        Assert.Equal(fromMembers.Shape, fromDeclarations.Shape);
    }

    [Fact]
    public void The_comparison_sees_annotations()
    {
        // The general path keeps 'string?' apart from 'string'; a shortcut that dropped the '?' would show here.
        var shape = Assert.IsType<ObjectShape>(Classify("Demo.Nullables", readDeclarations: true).Shape);
        Assert.Equal("global::Demo.Scalars?", shape.Members[3].Type.FullyQualifiedName);
        Assert.Equal("string?", shape.Members[0].Type.FullyQualifiedName);
    }

    [Fact]
    public void The_same_type_text_in_different_scopes_names_different_types()
    {
        const string scopes = """
            #nullable enable
            namespace First
            {
                public sealed record Item(int Id);
                public sealed record Holder(Item Value);
            }

            namespace Second
            {
                public sealed record Item(string Name);
                public sealed record Holder(Item Value);

                public static class Outer
                {
                    public sealed record Item(double Weight);
                    public sealed record Holder(Item Value);
                }
            }
            """;
        var compilation = GeneratorHarness.Compile(scopes);
        string MemberType(string metadataName)
        {
            ArtifactTypeParser.TryParse(compilation.GetTypeByMetadataName(metadataName)!, compilation, out var shape, out var error);
            return Assert.IsType<ObjectShape>(shape).Members[0].Type.FullyQualifiedName;
        }

        Assert.Equal("global::First.Item", MemberType("First.Holder"));
        Assert.Equal("global::Second.Item", MemberType("Second.Holder"));
        Assert.Equal("global::Second.Outer.Item", MemberType("Second.Outer+Holder"));
    }

    private static (TypeShape? Shape, string Error) Classify(string metadataName, bool readDeclarations)
    {
        // A compilation of its own each time, so that neither way reuses a shape the other built.
        var compilation = GeneratorHarness.Compile(Source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var type = compilation.GetTypeByMetadataName(metadataName)!;
        new TypeShapeBuilder(ShapeCache.For(compilation), readDeclarations).TryBuildRoot(type, out var shape, out var error);
        return (shape, error);
    }
}
