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

    private static string Stem(TypeShape shape)
    {
        var name = shape.UnannotatedName.Replace("global::", string.Empty);
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

        return builder.Append(Hashing.Fingerprint(shape.UnannotatedName).Substring(0, 8)).ToString();
    }
}
