using System.Text;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

/// <summary>
/// Names of the members of the emitted <c>__WeftSerializers</c> class. They depend on the shape alone (a readable part
/// plus a hash of the type's name), so <see cref="SerializerEmitter.SerializerExpression"/> can name a field without
/// knowing which other shapes share the class, and two types whose readable parts collide still get distinct names.
/// </summary>
internal static class SerializerNames
{
    public const string Container = "__WeftSerializers";

    public static string Field(TypeShape shape) => NamesOf(shape).Field;

    public static string Class(TypeShape shape) => NamesOf(shape).Class;

    /// <summary><see cref="Field"/> as code outside the container names it.</summary>
    public static string QualifiedField(TypeShape shape) => NamesOf(shape).QualifiedField;

    // Every reference to a serializer names it, and the name hashes the type: remember the last few thousand per thread.
    [System.ThreadStatic]
    private static System.Collections.Generic.Dictionary<string, Names>? s_names;

    private static Names NamesOf(TypeShape shape)
    {
        var names = s_names ??= new System.Collections.Generic.Dictionary<string, Names>(System.StringComparer.Ordinal);
        if (names.TryGetValue(shape.UnannotatedName, out var known))
        {
            return known;
        }

        if (names.Count >= 4096)
        {
            names.Clear();
        }

        var stem = ComputeStem(shape.UnannotatedName);
        var created = new Names("S_" + stem, "C_" + stem, Container + ".S_" + stem);
        names[shape.UnannotatedName] = created;
        return created;
    }

    /// <summary>The names of one type's serializer field and class.</summary>
    private sealed class Names
    {
        public Names(string field, string @class, string qualifiedField)
        {
            Field = field;
            Class = @class;
            QualifiedField = qualifiedField;
        }

        public string Field { get; }

        public string Class { get; }

        public string QualifiedField { get; }
    }

    private static string ComputeStem(string unannotatedName)
    {
        var name = unannotatedName.Replace("global::", string.Empty);
        var builder = new StringBuilder(name.Length + 9);
        var lastWasSeparator = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                lastWasSeparator = false;
            }
            else if (!lastWasSeparator)
            {
                builder.Append('_');
                lastWasSeparator = true;
            }
        }

        if (!lastWasSeparator)
        {
            builder.Append('_');
        }

        return builder.Append(Hashing.Fingerprint(unannotatedName).Substring(0, 8)).ToString();
    }
}
