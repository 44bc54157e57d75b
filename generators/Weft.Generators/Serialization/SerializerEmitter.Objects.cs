using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

internal static partial class SerializerEmitter
{
    /// <summary>
    /// A record, class or struct as a JSON object of its members. Reading is strict (see <c>JsonObjectMembers</c>): a
    /// missing, repeated or unknown member is an error, because a stored artifact of another shape must never pass for this one.
    /// </summary>
    private static void EmitObject(SourceWriter writer, ObjectShape shape)
    {
        var type = shape.UnannotatedName;
        writer.OpenBlock($"private sealed class {SerializerNames.Class(shape)} : global::Weft.JsonArtifactSerializer<{type}>");
        writer.WriteLine($"private static readonly {Runtime}JsonObjectMembers __members = new({MemberNames(shape)});");
        writer.WriteLine("private string? _schema;");
        writer.WriteLine();
        writer.WriteLine($"public override string Schema => _schema ??= {SchemaExpression(shape)};");
        writer.WriteLine();

        writer.OpenBlock($"public override void Write({Json}Utf8JsonWriter writer, {type} value)");
        if (!shape.IsValueType)
        {
            writer.OpenBlock("if (value is null)");
            writer.WriteLine("writer.WriteNullValue();");
            writer.WriteLine("return;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine("writer.WriteStartObject();");
        foreach (var member in shape.Members)
        {
            writer.WriteLine($"writer.WritePropertyName({CSharpText.Literal(member.Name)});");
            writer.WriteLine($"{SerializerExpression(member.Type)}.Write(writer, value.{CSharpText.Identifier(member.Name)}{Forgive(member.Type)});");
        }

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.WriteLine();

        writer.OpenBlock($"public override {type} Read(ref {Json}Utf8JsonReader reader)");
        if (!shape.IsValueType)
        {
            writer.OpenBlock($"if (reader.TokenType == {Json}JsonTokenType.Null)");
            writer.WriteLine("return null!;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        // The strict member loop (unknown, repeated and missing members are errors) lives in the runtime; only the typed reads are generated.
        writer.WriteLine("__members.Start(ref reader);");
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var memberType = shape.Members[i].Type;
            writer.WriteLine($"{memberType.UnannotatedName} __value{i} = default{Forgive(memberType)};");
        }

        writer.WriteLine($"global::System.Span<bool> __seen = stackalloc bool[{shape.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}];");
        writer.WriteLine("int __member;");
        writer.OpenBlock("while ((__member = __members.Next(ref reader, __seen)) >= 0)");
        writer.OpenBlock("switch (__member)");
        for (var i = 0; i < shape.Members.Count; i++)
        {
            writer.WriteLine($"case {i.ToString(System.Globalization.CultureInfo.InvariantCulture)}: __value{i} = {SerializerExpression(shape.Members[i].Type)}.Read(ref reader); break;");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("__members.RequireAll(__seen);");
        writer.WriteLine($"return {Construction(shape)};");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string MemberNames(ObjectShape shape)
        => string.Join(", ", new[] { CSharpText.Literal(shape.DisplayName) }.Concat(shape.Members.Select(m => CSharpText.Literal(m.Name))));

    /// <summary><c>"object{A:" + ….Schema + ";B:" + ….Schema + "}"</c>, members in ordinal order so that reordering declarations changes nothing.</summary>
    private static string SchemaExpression(ObjectShape shape)
    {
        var parts = new List<string>();
        var prefix = "object{";
        foreach (var member in shape.Members.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            parts.Add(CSharpText.Literal(prefix + member.Name + ":"));
            parts.Add(SerializerExpression(member.Type) + ".Schema");
            prefix = ";";
        }

        parts.Add(CSharpText.Literal(parts.Count == 0 ? "object{}" : "}"));
        return string.Join(" + ", parts);
    }

    private static string Construction(ObjectShape shape)
    {
        var arguments = new string[shape.ConstructorParameterCount];
        var assignments = new List<string>();
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var member = shape.Members[i];
            var value = $"__value{i}{Forgive(member.Type)}";
            if (member.ConstructorIndex >= 0 && member.ConstructorIndex < arguments.Length)
            {
                arguments[member.ConstructorIndex] = value;
            }

            if (member.SetInInitializer)
            {
                assignments.Add($"{CSharpText.Identifier(member.Name)} = {value}");
            }
        }

        var call = $"new {shape.UnannotatedName}({string.Join(", ", arguments.Select(a => a ?? "default!"))})";
        return assignments.Count == 0 ? call : $"{call} {{ {string.Join(", ", assignments)} }}";
    }

    /// <summary>
    /// Serializers are typed on unannotated types (one instance serves <c>string</c> and <c>string?</c>), so values of
    /// reference types cross that boundary with '!' to keep the emitted code free of nullability warnings.
    /// </summary>
    private static string Forgive(TypeShape shape) => shape.IsValueType ? string.Empty : "!";
}
