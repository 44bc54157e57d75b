using System.Text.RegularExpressions;
using Weft.Generators.Helpers;
using Weft.Generators.Serialization;

namespace Weft.Generators.Tests.Serialization;

public class EmitterTests
{
    private const string Source = """
        #nullable enable
        using System.Collections.Generic;
        namespace Demo;
        public enum Kind { A, B }
        public sealed record Leaf(string Name, Kind Kind);
        public sealed record Branch(List<Leaf> Leaves, Dictionary<string, Leaf?> ByName, Leaf[] Array);
        public sealed record Other(List<Leaf> Leaves, int? Count);
        """;

    private static readonly string[] s_types = ["Demo.Branch", "Demo.Other", "System.Collections.Generic.List<Demo.Leaf>", "Demo.Leaf?", "int"];

    private static string EmitFor(params string[] types)
    {
        var compilation = SerializerHarness.Compile(Source, "namespace TestProbe; public interface IProbe { " +
            string.Join(" ", types.Select((t, i) => $"{t} P{i} {{ get; }}")) + " }");
        var writer = new SourceWriter();
        SerializerEmitter.EmitSerializers(writer, SerializerHarness.ParseAll(compilation, types));
        return writer.ToString();
    }

    [Fact]
    public void Output_is_deterministic_and_independent_of_root_order()
    {
        var first = EmitFor(s_types);
        Assert.Equal(first, EmitFor(s_types));
        Assert.Equal(first, EmitFor(s_types.Reverse().ToArray()));
    }

    [Fact]
    public void Each_distinct_serializer_is_emitted_once()
    {
        var text = EmitFor(s_types);
        var fields = Regex.Matches(text, @"internal static readonly .+? (S_\w+) =").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(fields.Count, fields.Distinct(StringComparer.Ordinal).Count());
        // Leaf, Kind, Branch, Other, List<Leaf>, Dictionary<string, Leaf>, Leaf[], int?: built-ins need no field.
        Assert.Equal(8, fields.Count);
        Assert.Single(Regex.Matches(text, "private sealed class C_Demo_Leaf_"));
    }

    [Fact]
    public void Composites_are_declared_after_what_they_are_built_from()
    {
        var text = EmitFor(s_types);
        var leaf = text.IndexOf("S_Demo_Leaf_", StringComparison.Ordinal);
        var list = text.IndexOf("internal static readonly global::Weft.JsonArtifactSerializer<global::System.Collections.Generic.List<global::Demo.Leaf>>", StringComparison.Ordinal);
        Assert.True(leaf >= 0 && list > leaf);
    }

    [Fact]
    public void Emitted_text_is_qualified_reflection_free_and_uses_line_feeds()
    {
        var text = EmitFor(s_types);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.StartsWith("/// <summary>", text, StringComparison.Ordinal);
        Assert.Contains("private static class __WeftSerializers", text, StringComparison.Ordinal);
        foreach (var forbidden in new[] { "typeof(", "GetProperties", "Activator", "Enum.Parse", "System.Reflection", "MakeGenericType" })
        {
            Assert.DoesNotContain(forbidden, text, StringComparison.Ordinal);
        }

        // Outside string literals (which hold display names for messages) every type is global::-qualified.
        var code = Regex.Replace(text, @"""(?:[^""\\]|\\.)*""", "\"\"");
        Assert.DoesNotMatch(@"[^:.\w]Demo\.", code);
        Assert.DoesNotMatch(@"[^:.\w]System\.", code);
    }

    [Fact]
    public void An_empty_set_of_roots_still_gives_a_valid_class()
    {
        var writer = new SourceWriter();
        SerializerEmitter.EmitSerializers(writer, []);
        var compilation = SerializerHarness.Compile("#nullable enable\nstatic partial class Holder\n{\n" + writer + "}\n");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Serializer_expressions_point_at_the_runtime_or_the_emitted_fields()
    {
        var compilation = SerializerHarness.Compile(Source, "namespace TestProbe; public interface IProbe { int P0 { get; } Demo.Leaf P1 { get; } }");
        var shapes = SerializerHarness.ParseAll(compilation, "int", "Demo.Leaf");
        Assert.Equal("global::Weft.Serialization.BuiltInSerializers.Int32", SerializerEmitter.SerializerExpression(shapes[0]));
        Assert.Matches(@"^__WeftSerializers\.S_Demo_Leaf_[0-9a-f]{8}$", SerializerEmitter.SerializerExpression(shapes[1]));
    }

    [Fact]
    public void Types_whose_readable_names_collide_get_distinct_members()
    {
        const string colliding = """
            namespace A { public sealed record B_C(int X); }
            namespace A_B { public sealed record C(int Y); }
            """;
        using var harness = SerializerHarness.Create(colliding, "A.B_C", "A_B.C");
        Assert.Equal("object{X:int32}", harness.Serializer(0).Schema);
        Assert.Equal("object{Y:int32}", harness.Serializer(1).Schema);
    }
}
