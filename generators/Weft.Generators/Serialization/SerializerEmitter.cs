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

        // Field initializers run in text order, so a composite comes after the serializers it is built from.
        foreach (var shape in shapes.OrderBy(Height).ThenBy(s => s.UnannotatedName, StringComparer.Ordinal))
        {
            writer.Line("internal static readonly ", FieldType(shape), " ", SerializerNames.Field(shape), " = ", Initializer(shape), ";");
        }

        foreach (var shape in shapes.OrderBy(s => s.UnannotatedName, StringComparer.Ordinal))
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

    /// <summary>
    /// The expression, valid inside the pipeline class, for the <c>global::Weft.ArtifactSerializer&lt;T&gt;</c> of
    /// <paramref name="shape"/>'s type (T is <see cref="TypeShape.UnannotatedName"/>). Unless the type is built in, the shape
    /// must be among (or inside) the roots given to <see cref="EmitSerializers"/>.
    /// </summary>
    public static string SerializerExpression(TypeShape shape) => shape switch
    {
        BuiltInShape builtIn => Runtime + "BuiltInSerializers." + builtIn.Kind,
        null => "null!",
        _ => SerializerNames.Container + "." + SerializerNames.Field(shape),
    };

    /// <summary>
    /// <see cref="SerializerExpression"/> for code inside <c>__WeftSerializers</c> (its fields' initializers and the
    /// generated serializer classes), where the fields need no qualifier.
    /// </summary>
    private static string InnerExpression(TypeShape shape) => shape switch
    {
        BuiltInShape builtIn => Runtime + "BuiltInSerializers." + builtIn.Kind,
        null => "null!",
        _ => SerializerNames.Field(shape),
    };

    /// <summary>Every distinct shape that needs a field, one per unannotated type name (the first by annotated name wins).</summary>
    private static List<TypeShape> Collect(IEnumerable<TypeShape> roots)
    {
        var byName = new Dictionary<string, TypeShape>(StringComparer.Ordinal);
        var pending = new Stack<TypeShape>((roots ?? Enumerable.Empty<TypeShape>()).Where(r => r is not null));
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
            foreach (var child in Children(shape))
            {
                pending.Push(child);
            }
        }

        return byName.Values.ToList();
    }

    private static IEnumerable<TypeShape> Children(TypeShape shape) => shape switch
    {
        CollectionShape collection => new[] { collection.Element },
        NullableShape nullable => new[] { nullable.Underlying },
        ObjectShape obj => obj.Members.Select(m => m.Type),
        _ => Enumerable.Empty<TypeShape>(),
    };

    private static int Height(TypeShape shape) => shape switch
    {
        CollectionShape collection => 1 + Height(collection.Element),
        NullableShape nullable => 1 + Height(nullable.Underlying),
        _ => 0,
    };

    private static string FieldType(TypeShape shape) => shape is MaterializerShape
        ? $"global::Weft.ArtifactSerializer<{shape.UnannotatedName}>"
        : $"global::Weft.JsonArtifactSerializer<{shape.UnannotatedName}>";

    private static string Initializer(TypeShape shape) => shape switch
    {
        CollectionShape { Kind: CollectionKind.Array } c => $"new {Runtime}ArraySerializer<{c.Element.UnannotatedName}>({InnerExpression(c.Element)})",
        CollectionShape { Kind: CollectionKind.List } c => $"new {Runtime}ListSerializer<{c.Element.UnannotatedName}>({InnerExpression(c.Element)})",
        CollectionShape { Kind: CollectionKind.ListInterface } c => $"new {Runtime}ListInterfaceSerializer<{c.UnannotatedName}, {c.Element.UnannotatedName}>({InnerExpression(c.Element)})",
        CollectionShape { Kind: CollectionKind.Dictionary } c => $"new {Runtime}DictionarySerializer<{c.Element.UnannotatedName}>({InnerExpression(c.Element)})",
        CollectionShape c => $"new {Runtime}DictionaryInterfaceSerializer<{c.UnannotatedName}, {c.Element.UnannotatedName}>({InnerExpression(c.Element)})",
        NullableShape n => $"new {Runtime}NullableSerializer<{n.Underlying.UnannotatedName}>({InnerExpression(n.Underlying)})",
        MaterializerShape m => $"new {Runtime}MaterializerSerializer<{m.UnannotatedName}>(new {m.MaterializerFullyQualifiedName}(), {CSharpText.Literal(m.MaterializerName)})",
        _ => $"new {SerializerNames.Class(shape)}()",
    };
}
