using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ColdStartHarness;

/// <summary>
/// Prepares a store for <c>app step Trivial Increment --run coldstart</c> as an orchestrator would before launching the
/// step (docs/concepts/step-contract.md): the input artifact as an object file, and <c>tasks/coldstart/Increment/task.json</c>.
/// The step's code fingerprint comes from the app itself (<c>graph --format json</c>), so the task matches its build.
/// </summary>
internal static class StepTaskSetup
{
    public const string RunId = "coldstart";
    private const string Pipeline = "Trivial";
    private const string Step = "Increment";

    // Source's output, an int, as its serializer stores it (a JSON number).
    private static readonly byte[] s_input = Encoding.UTF8.GetBytes("41");

    public static void Prepare(string executable, string store)
    {
        var fingerprint = CodeFingerprint(executable);
        var hash = Convert.ToHexStringLower(SHA256.HashData(s_input));
        var objectPath = $"objects/{hash[..2]}/{hash[2..]}";
        var objectFile = Path.Combine(store, objectPath);
        Directory.CreateDirectory(Path.GetDirectoryName(objectFile)!);
        File.WriteAllBytes(objectFile, s_input);

        var taskFolder = Path.Combine(store, "tasks", RunId, Step);
        Directory.CreateDirectory(taskFolder);
        using var task = File.Create(Path.Combine(taskFolder, "task.json"));
        using var json = new Utf8JsonWriter(task, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("format", 1);
        json.WriteString("pipeline", Pipeline);
        json.WriteString("step", Step);
        json.WriteString("runId", RunId);
        json.WriteNumber("attempt", 1);
        json.WriteNumber("seed", 20000101);
        json.WriteString("logicalTime", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        json.WriteString("codeFingerprint", fingerprint);
        json.WriteBoolean("repair", false);
        json.WriteStartArray("parameters");
        json.WriteEndArray();
        json.WriteStartArray("inputs");
        json.WriteStartObject();
        json.WriteString("input", "value");
        json.WriteString("artifactId", "sha256:" + hash);
        json.WriteNumber("size", s_input.Length);
        json.WriteString("path", objectPath);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string CodeFingerprint(string executable)
    {
        var graph = Spawner.Capture(executable, ["graph", Pipeline, "--format", "json"]);
        using var document = JsonDocument.Parse(graph);
        foreach (var node in document.RootElement.GetProperty("nodes").EnumerateArray())
        {
            if (node.GetProperty("name").GetString() == Step)
            {
                return node.GetProperty("codeFingerprint").GetString() ?? throw new InvalidDataException($"Step {Step} has no code fingerprint.");
            }
        }

        throw new InvalidDataException($"{executable}: pipeline {Pipeline} has no step {Step}.");
    }
}
