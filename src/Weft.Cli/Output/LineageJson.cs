using System.Globalization;
using System.Text.Json;
using Weft.Storage;

namespace Weft.Cli.Output;

/// <summary>
/// <c>lineage --format json</c>: the lineage graph for tools. Step runs producers first (the store's order), each with its
/// inputs (what fed them) and outputs, then every artifact by id. Keys in a fixed order, '\n' line ends, full ids.
/// </summary>
internal static class LineageJson
{
    public static string Write(LineageGraph graph, RunRecord? run, ArtifactRecord? artifact) => ToolJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("root", graph.Root);
        json.WriteString("kind", run is not null ? "run" : "artifact");
        if (run is not null)
        {
            json.WriteString("pipeline", run.Pipeline);
            json.WriteString("status", Texts.Status(run));
        }
        else if (artifact is not null)
        {
            json.WriteString("type", artifact.TypeName);
        }

        WriteSteps(json, graph);
        WriteArtifacts(json, graph);
        json.WriteEndObject();
    });

    private static void WriteSteps(Utf8JsonWriter json, LineageGraph graph)
    {
        json.WriteStartArray("steps");
        foreach (var step in graph.Steps)
        {
            json.WriteStartObject();
            json.WriteString("runId", step.RunId);
            json.WriteString("pipeline", step.Pipeline);
            json.WriteString("node", step.Node);
            json.WriteString("step", step.Step);
            json.WriteString("status", Texts.Status(step));
            json.WriteNumber("attempts", step.Attempts);
            WriteOptional(json, "codeFingerprint", step.CodeFingerprint);
            WriteOptional(json, "startedAt", step.StartedAt?.ToString("O", CultureInfo.InvariantCulture));
            WriteOptional(json, "finishedAt", step.FinishedAt?.ToString("O", CultureInfo.InvariantCulture));
            json.WriteStartArray("inputs");
            foreach (var input in step.Inputs)
            {
                WriteInput(json, input);
            }

            json.WriteEndArray();
            json.WriteStartArray("outputs");
            foreach (var output in step.Outputs)
            {
                json.WriteStartObject();
                json.WriteString("name", output.Name);
                json.WriteString("artifact", output.ArtifactId);
                json.WriteNumber("size", output.Size);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteInput(Utf8JsonWriter json, InputLink input)
    {
        json.WriteStartObject();
        json.WriteString("name", input.Name);
        switch (input.Kind)
        {
            case InputKind.Artifact:
                json.WriteString("kind", "artifact");
                WriteOptional(json, "artifact", input.ArtifactId);
                break;
            case InputKind.Parameter:
                json.WriteString("kind", "parameter");
                WriteOptional(json, "parameter", input.Parameter);
                WriteOptional(json, "value", input.Value);
                WriteOptional(json, "contentHash", input.ContentHash);
                break;
            default:
                json.WriteString("kind", "constant");
                WriteOptional(json, "value", input.Value);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteArtifacts(Utf8JsonWriter json, LineageGraph graph)
    {
        json.WriteStartArray("artifacts");
        foreach (var artifact in graph.Artifacts.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", artifact.Id);
            json.WriteString("type", artifact.TypeName);
            json.WriteString("schemaFingerprint", artifact.SchemaFingerprint);
            json.WriteNumber("size", artifact.Size);
            WriteOptional(json, "producerRunId", artifact.ProducerRunId);
            WriteOptional(json, "producerNode", artifact.ProducerNode);
            WriteOptional(json, "producerOutput", artifact.ProducerOutput);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
