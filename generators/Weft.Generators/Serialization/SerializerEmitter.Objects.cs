using System;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

internal static partial class SerializerEmitter
{
    /// <summary>
    /// A record, class or struct as a JSON object of its members. Reading is strict (see <c>JsonObjectMembers</c>): a
    /// missing, repeated or unknown member is an error, because a stored artifact of another shape must never pass for this one.
    /// </summary>
    /// <remarks>Lines are written part by part: a pipeline's serializers are most of its source, and no part is kept.</remarks>
    private static void EmitObject(SourceWriter writer, ObjectShape shape)
    {
        var type = shape.UnannotatedName;
        writer.Start().Append("private sealed class ").Append(SerializerNames.Class(shape)).Append(" : global::Weft.JsonArtifactSerializer<")
            .Append(type).Append('>').End();
        writer.OpenBlock();
        writer.Start().Append("private static readonly ").Append(Runtime).Append("JsonObjectMembers __members = new(");
        AppendMemberNames(writer, shape);
        writer.Append(");").End();
        writer.WriteLine("private string? _schema;");
        writer.WriteLine();
        writer.Start().Append("public override string Schema => _schema ??= ");
        AppendSchema(writer, shape);
        writer.Append(';').End();
        writer.WriteLine();

        writer.Start().Append("public override void Write(").Append(Json).Append("Utf8JsonWriter writer, ").Append(type).Append(" value)").End();
        writer.OpenBlock();
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
            writer.Start().Append("writer.WritePropertyName(").AppendLiteral(member.Name).Append(");").End();
            AppendInner(writer.Start(), member.Type).Append(".Write(writer, value.").Append(CSharpText.Identifier(member.Name))
                .Append(Forgive(member.Type)).Append(");").End();
        }

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.WriteLine();

        writer.Start().Append("public override ").Append(type).Append(" Read(ref ").Append(Json).Append("Utf8JsonReader reader)").End();
        writer.OpenBlock();
        if (!shape.IsValueType)
        {
            writer.Start().Append("if (reader.TokenType == ").Append(Json).Append("JsonTokenType.Null)").End();
            writer.OpenBlock();
            writer.WriteLine("return null!;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        // The strict member loop (unknown, repeated and missing members are errors) lives in the runtime; only the typed reads are generated.
        writer.WriteLine("__members.Start(ref reader);");
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var memberType = shape.Members[i].Type;
            writer.Start().Append(memberType.UnannotatedName).Append(" __value").Append(CSharpText.Number(i)).Append(" = default")
                .Append(Forgive(memberType)).Append(';').End();
        }

        writer.Start().Append("global::System.Span<bool> __seen = stackalloc bool[").Append(CSharpText.Number(shape.Members.Count)).Append("];").End();
        writer.WriteLine("int __member;");
        writer.OpenBlock("while ((__member = __members.Next(ref reader, __seen)) >= 0)");
        writer.OpenBlock("switch (__member)");
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var number = CSharpText.Number(i);
            writer.Start().Append("case ").Append(number).Append(": __value").Append(number).Append(" = ");
            AppendInner(writer, shape.Members[i].Type).Append(".Read(ref reader); break;").End();
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("__members.RequireAll(__seen);");
        writer.Start().Append("return ");
        AppendConstruction(writer, shape);
        writer.Append(';').End();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void AppendMemberNames(SourceWriter writer, ObjectShape shape)
    {
        writer.AppendLiteral(shape.DisplayName);
        foreach (var member in shape.Members)
        {
            writer.Append(", ").AppendLiteral(member.Name);
        }
    }

    /// <summary><c>"object{A:" + ….Schema + ";B:" + ….Schema + "}"</c>, members in ordinal order so that reordering declarations changes nothing.</summary>
    private static void AppendSchema(SourceWriter writer, ObjectShape shape)
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
            writer.AppendLiteral("object{}");
            return;
        }

        var prefix = "object{";
        foreach (var member in members)
        {
            writer.AppendLiteral(prefix, member.Name, ":").Append(" + ");
            AppendInner(writer, member.Type).Append(".Schema + ");
            prefix = ";";
        }

        writer.AppendLiteral("}");
    }

    /// <summary><c>new T(__value0!, default!) { Name = __value2! }</c>: constructor arguments by position, then initialized members in order.</summary>
    private static void AppendConstruction(SourceWriter writer, ObjectShape shape)
    {
        // Should two members claim one position, the later one is passed.
        var arguments = new int[shape.ConstructorParameterCount];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = -1;
        }

        var initialized = false;
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var member = shape.Members[i];
            if (member.ConstructorIndex >= 0 && member.ConstructorIndex < arguments.Length)
            {
                arguments[member.ConstructorIndex] = i;
            }

            initialized |= member.SetInInitializer;
        }

        writer.Append("new ").Append(shape.UnannotatedName).Append('(');
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                writer.Append(", ");
            }

            if (arguments[i] < 0)
            {
                writer.Append("default!");
            }
            else
            {
                AppendValue(writer, shape, arguments[i]);
            }
        }

        writer.Append(')');
        if (!initialized)
        {
            return;
        }

        writer.Append(" { ");
        var first = true;
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var member = shape.Members[i];
            if (!member.SetInInitializer)
            {
                continue;
            }

            if (!first)
            {
                writer.Append(", ");
            }

            first = false;
            writer.Append(CSharpText.Identifier(member.Name)).Append(" = ");
            AppendValue(writer, shape, i);
        }

        writer.Append(" }");
    }

    private static void AppendValue(SourceWriter writer, ObjectShape shape, int member)
        => writer.Append("__value").Append(CSharpText.Number(member)).Append(Forgive(shape.Members[member].Type));

    /// <summary>
    /// Serializers are typed on unannotated types (one instance serves <c>string</c> and <c>string?</c>), so values of
    /// reference types cross that boundary with '!' to keep the emitted code free of nullability warnings.
    /// </summary>
    private static string Forgive(TypeShape shape) => shape.IsValueType ? string.Empty : "!";
}
