using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

/// <summary>
/// Emits the serializers a pipeline needs as one nested <c>private static class __WeftSerializers</c>: a static field per
/// distinct serializer (composites built from the runtime's generic serializers, shared across every use) and a generated
/// class per user record, class, struct or enum. No reflection at run time.
/// </summary>
internal static partial class SerializerEmitter
{
    private const string Runtime = "global::Weft.Serialization.";
    private const string Json = "global::System.Text.Json.";
    private const string Reading = Runtime + "JsonReading.";

    /// <summary>Writes <c>__WeftSerializers</c> with everything <paramref name="roots"/> need, in a deterministic order.</summary>
    public static void EmitSerializers(SourceWriter writer, IEnumerable<TypeShape> roots)
    {
        var shapes = Collect(roots);
        writer.WriteLine("/// <summary>The artifact serializers of this pipeline, generated at build time.</summary>");
        writer.OpenBlock($"private static class {SerializerNames.Container}");
        writer.WriteLine("#pragma warning disable CS0612, CS0618 // stored members may be [Obsolete]; their data must still round-trip");

        // Field initializers run in text order, so a composite comes after the serializers it is built from. Names are
        // unique among the shapes, so both orders are total.
        var byHeight = shapes.ToArray();
        Array.Sort(byHeight, ByHeightThenName);
        foreach (var shape in byHeight)
        {
            writer.Start().Append("internal static readonly ");
            AppendFieldType(writer, shape).Append(' ').Append(SerializerNames.Field(shape)).Append(" = ");
            AppendInitializer(writer, shape).Append(';').End();
        }

        shapes.Sort(static (a, b) => string.CompareOrdinal(a.UnannotatedName, b.UnannotatedName));
        foreach (var shape in shapes)
        {
            switch (shape)
            {
                case ObjectShape obj:
                    writer.WriteLine();
                    EmitObject(writer, obj);
                    break;
                case EnumShape enumShape:
                    writer.WriteLine();
                    EmitEnum(writer, enumShape);
                    break;
            }
        }

        writer.WriteLine("#pragma warning restore CS0612, CS0618");
        writer.CloseBlock();
    }

    private static readonly Comparison<TypeShape> ByHeightThenName = static (a, b) =>
    {
        var byHeight = Height(a).CompareTo(Height(b));
        return byHeight != 0 ? byHeight : string.CompareOrdinal(a.UnannotatedName, b.UnannotatedName);
    };

    /// <summary>
    /// The expression, valid inside the pipeline class, for the <c>global::Weft.ArtifactSerializer&lt;T&gt;</c> of
    /// <paramref name="shape"/>'s type (T is <see cref="TypeShape.UnannotatedName"/>). Unless the type is built in, the shape
    /// must be among (or inside) the roots given to <see cref="EmitSerializers"/>.
    /// </summary>
    public static string SerializerExpression(TypeShape shape) => shape switch
    {
        BuiltInShape builtIn => BuiltInExpression(builtIn.Kind),
        null => "null!",
        _ => SerializerNames.QualifiedField(shape),
    };

    /// <summary>
    /// <see cref="SerializerExpression"/> for code inside <c>__WeftSerializers</c> (its fields' initializers and the
    /// generated serializer classes), where the fields need no qualifier.
    /// </summary>
    private static SourceWriter AppendInner(SourceWriter writer, TypeShape shape) => shape switch
    {
        BuiltInShape builtIn => writer.Append(BuiltInExpression(builtIn.Kind)),
        null => writer.Append("null!"),
        _ => writer.Append(SerializerNames.Field(shape)),
    };

    // Sized without Enum.GetValues, whose reflection a fresh compiler process would pay for in its first emission; a kind
    // beyond the table is spelled each time.
    private static readonly string[] s_builtInExpressions = new string[64];

    private static string BuiltInExpression(BuiltInKind kind)
    {
        var index = (int)kind;
        if (index < 0 || index >= s_builtInExpressions.Length)
        {
            return Runtime + "BuiltInSerializers." + KindName(kind);
        }

        // Racing threads compute the same string.
        return s_builtInExpressions[index] ??= Runtime + "BuiltInSerializers." + KindName(kind);
    }

    /// <summary>Every distinct shape that needs a field, one per unannotated type name (the first by annotated name wins).</summary>
    private static List<TypeShape> Collect(IEnumerable<TypeShape> roots)
    {
        var byName = new Dictionary<string, TypeShape>(StringComparer.Ordinal);
        var pending = new Stack<TypeShape>();
        if (roots is not null)
        {
            foreach (var root in roots)
            {
                if (root is not null)
                {
                    pending.Push(root);
                }
            }
        }

        while (pending.Count > 0)
        {
            var shape = pending.Pop();
            if (shape is BuiltInShape)
            {
                continue;
            }

            if (byName.TryGetValue(shape.UnannotatedName, out var existing)
                && string.CompareOrdinal(existing.FullyQualifiedName, shape.FullyQualifiedName) <= 0)
            {
                continue;
            }

            byName[shape.UnannotatedName] = shape;
            switch (shape)
            {
                case CollectionShape collection:
                    pending.Push(collection.Element);
                    break;
                case NullableShape nullable:
                    pending.Push(nullable.Underlying);
                    break;
                case ObjectShape obj:
                    foreach (var member in obj.Members)
                    {
                        pending.Push(member.Type);
                    }

                    break;
            }
        }

        return new List<TypeShape>(byName.Values);
    }

    private static int Height(TypeShape shape) => shape switch
    {
        CollectionShape collection => 1 + Height(collection.Element),
        NullableShape nullable => 1 + Height(nullable.Underlying),
        _ => 0,
    };

    private static SourceWriter AppendFieldType(SourceWriter writer, TypeShape shape)
        => writer.Append(shape is MaterializerShape ? "global::Weft.ArtifactSerializer<" : "global::Weft.JsonArtifactSerializer<")
            .Append(shape.UnannotatedName).Append('>');

    private static SourceWriter AppendInitializer(SourceWriter writer, TypeShape shape) => shape switch
    {
        CollectionShape { Kind: CollectionKind.Array } c => AppendWrapping(writer, "ArraySerializer<", null, c.Element),
        CollectionShape { Kind: CollectionKind.List } c => AppendWrapping(writer, "ListSerializer<", null, c.Element),
        CollectionShape { Kind: CollectionKind.ListInterface } c => AppendWrapping(writer, "ListInterfaceSerializer<", c.UnannotatedName, c.Element),
        CollectionShape { Kind: CollectionKind.Dictionary } c => AppendWrapping(writer, "DictionarySerializer<", null, c.Element),
        CollectionShape c => AppendWrapping(writer, "DictionaryInterfaceSerializer<", c.UnannotatedName, c.Element),
        NullableShape n => AppendWrapping(writer, "NullableSerializer<", null, n.Underlying),
        MaterializerShape m => writer.Append("new ").Append(Runtime).Append("MaterializerSerializer<").Append(m.UnannotatedName).Append(">(new ")
            .Append(m.MaterializerFullyQualifiedName).Append("(), ").AppendLiteral(m.MaterializerName).Append(')'),
        _ => writer.Append("new ").Append(SerializerNames.Class(shape)).Append("()"),
    };

    /// <summary><c>new Runtime.XSerializer&lt;[Outer, ]Inner&gt;(innerSerializer)</c>: a runtime serializer built on <paramref name="inner"/>'s.</summary>
    private static SourceWriter AppendWrapping(SourceWriter writer, string serializer, string? outer, TypeShape inner)
    {
        writer.Append("new ").Append(Runtime).Append(serializer);
        if (outer is not null)
        {
            writer.Append(outer).Append(", ");
        }

        writer.Append(inner.UnannotatedName).Append(">(");
        return AppendInner(writer, inner).Append(')');
    }
}
