using System.Text;

namespace Weft;

/// <summary>Readable C#-like type names for error messages (<c>System.Collections.Generic.List&lt;System.Int32&gt;</c>, not the CLR's backtick form).</summary>
internal static class TypeDisplay
{
    public static string Of(Type type)
    {
        var builder = new StringBuilder();
        Append(builder, type);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Type type)
    {
        if (type.IsArray)
        {
            Append(builder, type.GetElementType()!);
            builder.Append('[').Append(',', type.GetArrayRank() - 1).Append(']');
            return;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Append(builder, underlying);
            builder.Append('?');
            return;
        }

        var name = (type.FullName ?? type.Name).Replace('+', '.');
        if (!type.IsGenericType)
        {
            builder.Append(name);
            return;
        }

        var open = type.IsGenericTypeDefinition ? type : type.GetGenericTypeDefinition();
        var openName = (open.FullName ?? open.Name).Replace('+', '.');
        var tick = openName.IndexOf('`', StringComparison.Ordinal);
        builder.Append(tick < 0 ? openName : openName[..tick]).Append('<');
        var arguments = type.GetGenericArguments();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, arguments[i]);
        }

        builder.Append('>');
    }
}
