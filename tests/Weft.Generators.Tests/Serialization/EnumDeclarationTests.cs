using Microsoft.CodeAnalysis;
using Weft.Generators.Serialization;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Serialization;

/// <summary>
/// Enums declared plainly are read from their declarations instead of from the fields the compiler builds for them;
/// the shape must be exactly what the general path over the fields gives, and any enum whose values the declaration
/// alone does not settle must take the general path.
/// </summary>
public sealed class EnumDeclarationTests
{
    private const string Source = """
        #nullable enable
        using System;

        namespace Demo;

        public enum Plain { Linear, Boosted, Forest }
        public enum Escaped { @class, @event, Normal }
        public enum Valued { A = 1, B = 2, C = 4 }
        public enum Aliased { First, Second, Default = First }
        public enum Narrow : byte { Low, High }
        [Flags] public enum Flagged { None = 0, Read = 1, Write = 2, All = Read | Write }
        public enum Empty { }
        public sealed record Uses(Plain P, Escaped E, Valued V, Aliased A, Narrow N, Flagged F, Empty Z);
        """;

    [Theory]
    [InlineData("Demo.Plain")]
    [InlineData("Demo.Escaped")]
    [InlineData("Demo.Valued")]
    [InlineData("Demo.Aliased")]
    [InlineData("Demo.Narrow")]
    [InlineData("Demo.Flagged")]
    [InlineData("Demo.Empty")]
    [InlineData("Demo.Uses")]
    public void Reading_the_declaration_gives_what_the_fields_give(string metadataName)
    {
        var fromDeclarations = Classify(metadataName, readDeclarations: true);
        var fromFields = Classify(metadataName, readDeclarations: false);

        Assert.Equal(fromFields.Error, fromDeclarations.Error);
        Assert.Equal(fromFields.Shape, fromDeclarations.Shape);
    }

    [Fact]
    public void Aliases_still_write_the_first_name_only()
    {
        var shape = Assert.IsType<EnumShape>(Classify("Demo.Aliased", readDeclarations: true).Shape);

        Assert.Equal(new[] { "First", "Second", "Default" }, shape.MemberNames);
        Assert.Equal(new[] { "First", "Second" }, shape.WrittenMemberNames);
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
