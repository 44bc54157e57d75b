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

    /// <summary>The JSON written, as UTF-8: what the database stores, so the writer binds it without converting.</summary>
    public static byte[] Finish(Utf8JsonWriter writer)
    {
        writer.Flush();
        return t_buffer!.WrittenSpan.ToArray();
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

    public static byte[] Outputs(ArtifactRow[] artifacts)
    {
        var writer = Begin();
        writer.WriteStartArray();
        foreach (var artifact in artifacts)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, artifact.Output);
            writer.WriteString("artifact"u8, artifact.Id);
            writer.WriteNumber("size"u8, artifact.Size);
            writer.WriteBoolean("file"u8, artifact.Uri is not null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        return Finish(writer);
    }

    /// <summary>The outputs of a step run as (name, artifact) pairs, in output order.</summary>
    /// <remarks>A reader over the column's bytes rather than a document: a cached rerun parses one of these per step.</remarks>
    public static List<(string Name, ArtifactRef Artifact)> ReadOutputRefs(string? json)
        => string.IsNullOrEmpty(json) ? [] : ReadOutputRefs(Encoding.UTF8.GetBytes(json));

    /// <summary>The outputs of a step run from the column's UTF-8 bytes.</summary>
    public static List<(string Name, ArtifactRef Artifact)> ReadOutputRefs(ReadOnlySpan<byte> json)
    {
        var result = new List<(string, ArtifactRef)>(1);
        var reader = new Utf8JsonReader(json);
        string? name = null, artifact = null;
        long size = 0;
        var file = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    (name, artifact, size, file) = (null, null, 0, false);
                    break;
                case JsonTokenType.EndObject:
                    result.Add((name ?? throw Malformed(json), new ArtifactRef(artifact ?? throw Malformed(json), size, file)));
                    break;
                case JsonTokenType.PropertyName:
                    if (reader.ValueTextEquals("name"u8))
                    {
                        reader.Read();
                        name = reader.GetString();
                    }
                    else if (reader.ValueTextEquals("artifact"u8))
                    {
                        reader.Read();
                        artifact = reader.GetString();
                    }
                    else if (reader.ValueTextEquals("size"u8))
                    {
                        reader.Read();
                        size = reader.GetInt64();
                    }
                    else if (reader.ValueTextEquals("file"u8))
                    {
                        reader.Read();
                        file = reader.GetBoolean();
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }

                    break;
            }
        }

        return result;
    }

    private static StoreException Malformed(ReadOnlySpan<byte> json) => new($"A step run's outputs are not readable: {Encoding.UTF8.GetString(json)}");

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
