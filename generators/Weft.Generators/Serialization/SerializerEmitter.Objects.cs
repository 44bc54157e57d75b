using System;
using System.Collections.Generic;
using System.Text;
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
        writer.Line("private static readonly ", Runtime, "JsonObjectMembers __members = new(", MemberNames(shape), ");");
        writer.WriteLine("private string? _schema;");
        writer.WriteLine();
        writer.Line("public override string Schema => _schema ??= ", SchemaExpression(shape), ";");
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
            writer.Line("writer.WritePropertyName(", CSharpText.Literal(member.Name), ");");
            writer.Line(InnerExpression(member.Type), ".Write(writer, value.", CSharpText.Identifier(member.Name), Forgive(member.Type), ");");
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
            writer.Line(memberType.UnannotatedName, " __value", Number(i), " = default", Forgive(memberType), ";");
        }

        writer.WriteLine("global::System.Span<bool> __seen = stackalloc bool[" + Number(shape.Members.Count) + "];");
        writer.WriteLine("int __member;");
        writer.OpenBlock("while ((__member = __members.Next(ref reader, __seen)) >= 0)");
        writer.OpenBlock("switch (__member)");
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var number = Number(i);
            writer.Line("case ", number, ": __value", number, " = ", InnerExpression(shape.Members[i].Type), ".Read(ref reader); break;");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("__members.RequireAll(__seen);");
        writer.Line("return ", Construction(shape), ";");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string MemberNames(ObjectShape shape)
    {
        var text = new StringBuilder(CSharpText.Literal(shape.DisplayName));
        foreach (var member in shape.Members)
        {
            text.Append(", ").Append(CSharpText.Literal(member.Name));
        }

        return text.ToString();
    }

    /// <summary><c>"object{A:" + ….Schema + ";B:" + ….Schema + "}"</c>, members in ordinal order so that reordering declarations changes nothing.</summary>
    private static string SchemaExpression(ObjectShape shape)
    {
        var members = new MemberShape[shape.Members.Count];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = shape.Members[i];
        }

        // Names are unique within a shape, so an unstable sort still gives one order.
        Array.Sort(members, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        if (members.Length == 0)
        {
            return CSharpText.Literal("object{}");
        }

        var text = new StringBuilder();
        var prefix = "object{";
        foreach (var member in members)
        {
            text.Append(CSharpText.Literal(prefix + member.Name + ":")).Append(" + ").Append(InnerExpression(member.Type)).Append(".Schema + ");
            prefix = ";";
        }

        return text.Append(CSharpText.Literal("}")).ToString();
    }

    private static string Construction(ObjectShape shape)
    {
        var arguments = new string[shape.ConstructorParameterCount];
        var assignments = new List<string>();
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var member = shape.Members[i];
            var value = "__value" + Number(i) + Forgive(member.Type);
            if (member.ConstructorIndex >= 0 && member.ConstructorIndex < arguments.Length)
            {
                arguments[member.ConstructorIndex] = value;
            }

            if (member.SetInInitializer)
            {
                assignments.Add(CSharpText.Identifier(member.Name) + " = " + value);
            }
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] ??= "default!";
        }

        var call = "new " + shape.UnannotatedName + "(" + string.Join(", ", arguments) + ")";
        return assignments.Count == 0 ? call : call + " { " + string.Join(", ", assignments) + " }";
    }

    /// <summary>
    /// Serializers are typed on unannotated types (one instance serves <c>string</c> and <c>string?</c>), so values of
    /// reference types cross that boundary with '!' to keep the emitted code free of nullability warnings.
    /// </summary>
    private static string Forgive(TypeShape shape) => shape.IsValueType ? string.Empty : "!";

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
