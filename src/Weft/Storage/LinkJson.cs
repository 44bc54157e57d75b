using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Weft.Storage;

/// <summary>
/// The JSON kept in a step run's <c>inputs</c> and <c>outputs</c> columns: its lineage edges. JSON rather than link tables
/// keeps a step run one row (the store's write budget is a few microseconds per step), and SQLite's <c>json_each</c> can
/// still query it.
/// </summary>
internal static class LinkJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>A writer over a per-thread buffer; pass it to <see cref="Finish"/>.</summary>
    public static Utf8JsonWriter Begin()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        writer.Reset(buffer);
        return writer;
    }

    public static string Finish(Utf8JsonWriter writer)
    {
        writer.Flush();
        return Encoding.UTF8.GetString(t_buffer!.WrittenSpan);
    }

    public static void WriteArtifactInput(Utf8JsonWriter writer, string name, string artifactId)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, name);
        writer.WriteString("artifact"u8, artifactId);
        writer.WriteEndObject();
    }

    public static void WriteParameterInput(Utf8JsonWriter writer, string name, string parameter, string? value, string? contentHash)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, name);
        writer.WriteString("parameter"u8, parameter);
        writer.WriteString("value"u8, value);
        if (contentHash is not null)
        {
            writer.WriteString("hash"u8, contentHash);
        }

        writer.WriteEndObject();
    }

    public static void WriteConstantInput(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, name);
        writer.WriteString("constant"u8, text);
        writer.WriteEndObject();
    }

    public static string Outputs(IReadOnlyList<StepOutput> outputs, ArtifactRef[] artifacts)
    {
        var writer = Begin();
        writer.WriteStartArray();
        for (var i = 0; i < artifacts.Length; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, outputs[i].Name);
            writer.WriteString("artifact"u8, artifacts[i].Id);
            writer.WriteNumber("size"u8, artifacts[i].Size);
            writer.WriteBoolean("file"u8, artifacts[i].IsFile);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        return Finish(writer);
    }

    /// <summary>The outputs of a step run as (name, artifact) pairs, in output order.</summary>
    public static List<(string Name, ArtifactRef Artifact)> ReadOutputRefs(string? json)
    {
        var result = new List<(string, ArtifactRef)>(1);
        if (string.IsNullOrEmpty(json))
        {
            return result;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var element in document.RootElement.EnumerateArray())
        {
            result.Add((element.GetProperty("name").GetString()!,
                new ArtifactRef(element.GetProperty("artifact").GetString()!, element.GetProperty("size").GetInt64(), element.GetProperty("file").GetBoolean())));
        }

        return result;
    }

    public static IReadOnlyList<OutputLink> ReadOutputs(string? json)
        => [.. ReadOutputRefs(json).Select(o => new OutputLink(o.Name, o.Artifact.Id, o.Artifact.Size, o.Artifact.IsFile))];

    public static IReadOnlyList<InputLink> ReadInputs(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var inputs = new List<InputLink>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var name = element.GetProperty("name").GetString()!;
            if (element.TryGetProperty("artifact", out var artifact))
            {
                inputs.Add(new InputLink(name, InputKind.Artifact, ArtifactId: artifact.GetString()));
            }
            else if (element.TryGetProperty("parameter", out var parameter))
            {
                inputs.Add(new InputLink(name, InputKind.Parameter, Parameter: parameter.GetString(), Value: element.GetProperty("value").GetString(),
                    ContentHash: element.TryGetProperty("hash", out var hash) ? hash.GetString() : null));
            }
            else
            {
                inputs.Add(new InputLink(name, InputKind.Constant, Value: element.GetProperty("constant").GetString()));
            }
        }

        return inputs;
    }
}
