using System;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

internal static partial class SerializerEmitter
{
    /// <summary>
    /// An enum as its member name (a JSON string); a value that is no member (a flags combination, a cast number) as its
    /// underlying number. Reading accepts either.
    /// </summary>
    private static void EmitEnum(SourceWriter writer, EnumShape shape)
    {
        var type = shape.UnannotatedName;
        var sorted = new string[shape.MemberNames.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = shape.MemberNames[i];
        }

        // Equal names sort together whatever the algorithm, so an unstable sort gives what a stable one gives.
        Array.Sort(sorted, StringComparer.Ordinal);
        var schema = "enum{" + string.Join(",", sorted) + "}";
        writer.OpenBlock($"private sealed class {SerializerNames.Class(shape)} : global::Weft.JsonArtifactSerializer<{type}>");
        writer.WriteLine($"public override string Schema => {CSharpText.Literal(schema)};");
        writer.WriteLine();

        writer.OpenBlock($"public override void Write({Json}Utf8JsonWriter writer, {type} value)");
        writer.OpenBlock("switch (value)");
        foreach (var name in shape.WrittenMemberNames)
        {
            writer.Start().Append("case ").Append(type).Append('.').Append(CSharpText.Identifier(name)).Append(':').End();
            writer.Start().Append("    writer.WriteStringValue(").AppendLiteral(name).Append(");").End();
            writer.WriteLine("    return;");
        }

        writer.WriteLine("default:");
        writer.WriteLine($"    writer.WriteNumberValue(({(shape.UnderlyingKind == BuiltInKind.UInt64 ? "ulong" : "long")})value);");
        writer.WriteLine("    return;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();

        writer.OpenBlock($"public override {type} Read(ref {Json}Utf8JsonReader reader)");
        writer.OpenBlock($"if (reader.TokenType == {Json}JsonTokenType.String)");
        foreach (var name in shape.MemberNames)
        {
            writer.Start().Append("if (reader.ValueTextEquals(").AppendLiteral(name).Append("))").End();
            writer.OpenBlock();
            writer.Start().Append("return ").Append(type).Append('.').Append(CSharpText.Identifier(name)).Append(';').End();
            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.OpenBlock($"else if (reader.TokenType == {Json}JsonTokenType.Number && reader.TryGet{KindName(shape.UnderlyingKind)}(out var __number))");
        writer.WriteLine($"return ({type})__number;");
        writer.CloseBlock();
        writer.WriteLine();
        var expected = $"a member of {shape.DisplayName} ({string.Join(", ", shape.MemberNames)})";
        writer.WriteLine($"throw {Reading}Unexpected(ref reader, {CSharpText.Literal(expected)});");
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
