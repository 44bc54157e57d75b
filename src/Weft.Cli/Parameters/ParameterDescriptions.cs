using System.Text;

namespace Weft.Cli.Parameters;

/// <summary>How a pipeline's parameters read in messages: <c>houses (DataFile), trees (int, default 200)</c>.</summary>
internal static class ParameterDescriptions
{
    public static string Describe(PipelineParameter parameter)
    {
        var text = new StringBuilder(parameter.Name).Append(" (").Append(TypeText.Short(parameter.TypeName));
        if (parameter.HasDefault)
        {
            // An enum member reads as the user types it (kind=Stump), not as the quoted JSON text it is stored as.
            text.Append(", default ").Append(parameter.DefaultValue is Enum member ? member.ToString() : ValueText.Of(parameter.DefaultValue, parameter.Serializer));
        }

        return text.Append(')').ToString();
    }

    public static string List(PipelineDefinition definition)
        => definition.Parameters.Count == 0 ? "none" : string.Join(", ", definition.Parameters.Select(Describe));
}
