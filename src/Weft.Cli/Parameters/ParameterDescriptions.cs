using System.Text;

namespace Weft.Cli.Parameters;

/// <summary>How a pipeline's parameters read in messages: <c>houses (DataFile), trees (int, default 200)</c>.</summary>
internal static class ParameterDescriptions
{
    public static string Describe(PipelineParameter parameter)
    {
        var text = new StringBuilder(parameter.Name).Append(" (").Append(TypeText.Short(parameter.TypeName));
        if (EnumMembers(parameter.Serializer.Schema) is { Length: > 0 } members)
        {
            text.Append(": ").AppendJoin('|', members);
        }

        if (parameter.HasDefault)
        {
            // An enum member reads as the user types it (kind=Stump), not as the quoted JSON text it is stored as.
            text.Append(", default ").Append(parameter.DefaultValue is Enum member ? member.ToString() : ValueText.Of(parameter.DefaultValue, parameter.Serializer));
        }

        return text.Append(')').ToString();
    }

    /// <summary>
    /// The members an enum parameter takes (also as <c>Mode?</c> or <c>Mode[]</c>), from its serializer's schema
    /// (<c>enum{A,B}</c>, wrapped in <c>nullable&lt;…&gt;</c> or <c>array&lt;…&gt;</c>); empty for any other type.
    /// </summary>
    internal static string[] EnumMembers(string schema)
    {
        var inner = schema.AsSpan();
        while (true)
        {
            if (inner.StartsWith("nullable<", StringComparison.Ordinal) && inner.EndsWith(">", StringComparison.Ordinal))
            {
                inner = inner["nullable<".Length..^1];
            }
            else if (inner.StartsWith("array<", StringComparison.Ordinal) && inner.EndsWith(">", StringComparison.Ordinal))
            {
                inner = inner["array<".Length..^1];
            }
            else
            {
                break;
            }
        }

        return inner.StartsWith("enum{", StringComparison.Ordinal) && inner.EndsWith("}", StringComparison.Ordinal) && inner.Length > "enum{}".Length
            ? inner["enum{".Length..^1].ToString().Split(',')
            : [];
    }

    public static string List(PipelineDefinition definition)
        => definition.Parameters.Count == 0 ? "none" : string.Join(", ", definition.Parameters.Select(Describe));
}
