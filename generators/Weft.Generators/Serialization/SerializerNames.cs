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

    public static string Field(TypeShape shape) => "S_" + Stem(shape);

    public static string Class(TypeShape shape) => "C_" + Stem(shape);

    // Every reference to a serializer names it, and the name hashes the type: remember the last few thousand per thread.
    [System.ThreadStatic]
    private static System.Collections.Generic.Dictionary<string, string>? s_stems;

    private static string Stem(TypeShape shape)
    {
        var stems = s_stems ??= new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);
        if (stems.TryGetValue(shape.UnannotatedName, out var known))
        {
            return known;
        }

        if (stems.Count >= 4096)
        {
            stems.Clear();
        }

        var stem = ComputeStem(shape.UnannotatedName);
        stems[shape.UnannotatedName] = stem;
        return stem;
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
