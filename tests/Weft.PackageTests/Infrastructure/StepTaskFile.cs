using System.Text.Json;

namespace Weft.PackageTests.Infrastructure;

/// <summary>
/// Writes <c>tasks/&lt;run&gt;/&lt;step&gt;/task.json</c> in a store as an orchestrator does before it launches a step process
/// (docs/concepts/step-contract.md). The test project does not reference Weft: it writes the documented format itself.
/// </summary>
internal static class StepTaskFile
{
    public static void Write(string store, string pipeline, string step, string runId, string codeFingerprint,
        IReadOnlyList<(string Name, string? Value)> parameters, IReadOnlyList<(string Input, string ArtifactId, long Size, string Path)> inputs)
    {
        var folder = Path.Combine(store, "tasks", runId, step);
        Directory.CreateDirectory(folder);
        using var file = File.Create(Path.Combine(folder, "task.json"));
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("format", 1);
        json.WriteString("pipeline", pipeline);
        json.WriteString("step", step);
        json.WriteString("runId", runId);
        json.WriteNumber("attempt", 1);
        json.WriteNumber("seed", 7);
        json.WriteString("logicalTime", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        json.WriteString("codeFingerprint", codeFingerprint);
        json.WriteStartArray("parameters");
        foreach (var (name, value) in parameters)
        {
            json.WriteStartObject();
            json.WriteString("input", name);
            json.WriteString("parameter", name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("inputs");
        foreach (var (input, artifactId, size, path) in inputs)
        {
            json.WriteStartObject();
            json.WriteString("input", input);
            json.WriteString("artifactId", artifactId);
            json.WriteNumber("size", size);
            json.WriteString("path", path);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
