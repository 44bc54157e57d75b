using System.Globalization;
using System.Text;

namespace MakeSynthetic;

/// <summary>The System.Text.Json side: each pipeline's shapes again (prefixed J), registered in shared contexts.</summary>
internal static class JsonSource
{
    public static int TypesPerPipeline => RecordShapes.Names.Length;

    public static string Types(int i) => $$"""
        namespace Synthetic.Json;

        {{RecordShapes.Declarations("J", ProjectWriter.Index(i))}}
        """;

    public static string Context(int index, IEnumerable<int> pipelines)
    {
        var attributes = new StringBuilder();
        foreach (var i in pipelines)
        {
            var n = ProjectWriter.Index(i);
            foreach (var name in RecordShapes.Names)
            {
                attributes.Append(CultureInfo.InvariantCulture, $"[JsonSerializable(typeof(J{name}{n}))]\n");
            }
        }

        return $$"""
            using System.Text.Json.Serialization;

            namespace Synthetic.Json;

            {{attributes}}public sealed partial class JsonContext{{index.ToString(CultureInfo.InvariantCulture)}} : JsonSerializerContext
            {
            }

            """;
    }
}
