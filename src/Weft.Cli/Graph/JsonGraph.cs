using System.Text.Json;

namespace Weft.Cli.Graph;

/// <summary>
/// Writes a pipeline's whole definition as JSON for tools: parameters with defaults, nodes with their input bindings,
/// outputs with schema fingerprints, policies and code fingerprints, and the edges. Keys in a fixed order, '\n' line ends.
/// </summary>
internal static class JsonGraph
{
    public static string Write(PipelineDefinition definition) => ToolJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("name", definition.Name);
        json.WriteString("type", definition.TypeName);
        WriteOptionalString(json, "schedule", definition.Schedule);
        WriteOptionalString(json, "image", definition.Image);
        WriteResources(json, definition.Resources);
        WriteParameters(json, definition);
        WriteNodes(json, definition);
        WriteEdges(json, definition);
        json.WriteEndObject();
    });

    private static void WriteParameters(Utf8JsonWriter json, PipelineDefinition definition)
    {
        json.WriteStartArray("parameters");
        foreach (var parameter in definition.Parameters)
        {
            json.WriteStartObject();
            json.WriteString("name", parameter.Name);
            json.WriteString("type", parameter.TypeName);
            json.WriteBoolean("required", !parameter.HasDefault);
            if (parameter.HasDefault)
            {
                json.WritePropertyName("default");
                WriteValue(json, parameter.DefaultValue, parameter.Serializer);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNodes(Utf8JsonWriter json, PipelineDefinition definition)
    {
        json.WriteStartArray("nodes");
        foreach (var node in definition.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("name", node.Name);
            json.WriteString("step", node.StepName);
            json.WriteString("method", node.Method);
            json.WriteString("codeFingerprint", node.CodeFingerprint);
            json.WriteNumber("retries", node.Policy.Retries);
            json.WriteBoolean("cache", node.Policy.Cache);
            WriteOptionalString(json, "cacheVersion", node.Policy.CacheVersion);
            WriteOptionalString(json, "image", node.Policy.Image);
            WriteResources(json, node.Policy.Resources);
            json.WriteStartArray("inputs");
            foreach (var input in node.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("name", input.Name);
                json.WriteString("type", input.TypeName);
                WriteBinding(json, input.Binding);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("outputs");
            foreach (var output in node.Outputs)
            {
                json.WriteStartObject();
                json.WriteString("name", output.Name);
                json.WriteString("type", output.TypeName);
                json.WriteString("schemaFingerprint", output.Serializer.SchemaFingerprint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteBinding(Utf8JsonWriter json, InputBinding binding)
    {
        json.WriteStartObject("from");
        switch (binding)
        {
            case ArtifactBinding artifact:
                json.WriteString("node", artifact.Node);
                json.WriteString("output", artifact.Output);
                break;
            case ParameterBinding parameter:
                json.WriteString("parameter", parameter.Parameter);
                break;
            case ConstantBinding constant:
                json.WriteString("constant", constant.Text);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteEdges(Utf8JsonWriter json, PipelineDefinition definition)
    {
        json.WriteStartArray("edges");
        foreach (var edge in definition.Edges)
        {
            json.WriteStartObject();
            json.WriteString("from", edge.FromNode);
            json.WriteString("output", edge.FromOutput);
            json.WriteString("to", edge.ToNode);
            json.WriteString("input", edge.ToInput);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value, IArtifactSerializer serializer)
    {
        var canonical = ValueText.Json(value, serializer);
        if (canonical is not null)
        {
            json.WriteRawValue(canonical);
        }
        else if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(ValueText.Of(value, serializer, int.MaxValue));
        }
    }

    private static void WriteResources(Utf8JsonWriter json, ResourceRequest? resources)
    {
        if (resources is null)
        {
            return;
        }

        json.WriteStartObject("resources");
        WriteOptionalString(json, "cpu", resources.Cpu);
        WriteOptionalString(json, "memory", resources.Memory);
        if (resources.Gpu != 0)
        {
            json.WriteNumber("gpu", resources.Gpu);
        }

        json.WriteEndObject();
    }

    private static void WriteOptionalString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
