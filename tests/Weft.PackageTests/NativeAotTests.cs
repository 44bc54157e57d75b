using System.Text.Json;
using System.Text.RegularExpressions;
using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// A package consumer with <c>&lt;WeftEntrypoint&gt;</c> and <c>&lt;PublishAot&gt;</c>: the runtime, the command line (with
/// System.CommandLine, Spectre.Console, SQLite and Scriban) and the generated code (entrypoint, invokers, serializers of
/// records, structs, enums, nullables, arrays, lists, dictionaries, bytes, a materializer) publish without one trimming or
/// AOT warning, and the native binary runs, fails, resumes from stored artifacts and caches like the JIT-compiled app,
/// serves the step contract, runs its steps in child processes of itself, and renders its Containerfile template.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class NativeAotTests(PackageFeed feed)
{
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromMinutes(1);

    [GeneratedRegex(@"\bIL[23][0-9]{3}\b")]
    private static partial Regex TrimmingOrAotCode();

    [GeneratedRegex(@"Publish\.value +string +(?<id>sha256:[0-9a-f]{12})")]
    private static partial Regex PublishedArtifact();

    [Fact]
    public async Task Publish_WithPublishAot_ReportsNoTrimmingOrAotWarnings_AndProducesANativeBinary()
    {
        var app = await NativeAotPublication.GetAsync(feed);
        Assert.True(app.Publish.Succeeded, app.Publish.Describe());

        // Any line that names a trimming or AOT code, whatever its shape: the compiler's analyzers write "file(l,c): warning
        // IL2026: ...", ILC writes "ILC : Trim analysis warning IL2026: ..." or "... AOT analysis warning IL3050: ...".
        var trimmingAndAot = (app.Publish.StandardOutput + "\n" + app.Publish.StandardError)
            .Split('\n')
            .Where(line => TrimmingOrAotCode().IsMatch(line))
            .Select(line => line.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(trimmingAndAot.Count == 0,
            $"Trimming/AOT warnings:{Environment.NewLine}{string.Join(Environment.NewLine, trimmingAndAot)}{Environment.NewLine}{app.Publish.Describe()}");
        var diagnostics = BuildOutput.Diagnostics(app.Publish);
        Assert.True(diagnostics.Count == 0, $"Expected a clean publish, got:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}");

        // A native executable, not an apphost beside the app's IL.
        Assert.False(File.Exists(Path.Combine(app.OutputDirectory, app.Project.Name + ".dll")), "The publish folder holds the app's IL: it was not compiled ahead of time.");
        if (OperatingSystem.IsLinux())
        {
            var header = new byte[4];
            using (var binary = File.OpenRead(app.Executable))
            {
                binary.ReadExactly(header);
            }

            Assert.Equal("\u007FELF"u8.ToArray(), header);
        }
    }

    [Fact]
    public async Task NativeApp_RunsAPipeline_ResumesItFromStoredArtifacts_AndCachesIt()
    {
        var app = await NativeAotPublication.GetAsync(feed);
        Assert.True(app.Publish.Succeeded, app.Publish.Describe());
        var gate = Path.Combine(app.Project.Directory, "gate.txt");
        File.WriteAllText(gate, "closed");
        string[] run = ["run", "Sensors", "--param", "gate=gate.txt", "--param", "floor=Low", "--store", "store"];

        var failed = await app.RunAsync(s_runTimeout, run);
        Assert.True(failed.ExitCode == 1, failed.Describe());
        Assert.Contains("Step 'Publish' failed: System.InvalidOperationException: the gate is closed", failed.StandardError, StringComparison.Ordinal);
        Assert.Contains("(3 computed, 0 cached, 4 steps)", failed.StandardOutput, StringComparison.Ordinal);
        var runId = Regex.Match(failed.StandardOutput, @"Continue it with 'resume (?<id>[0-9a-f-]+)'").Groups["id"].Value;
        Assert.False(string.IsNullOrEmpty(runId), failed.Describe());

        // Resuming reads every completed step's outputs back from the store: each generated deserializer runs natively.
        File.WriteAllText(gate, "open");
        var resumed = await app.RunAsync(s_runTimeout, "resume", runId, "--store", "store");
        Assert.True(resumed.Succeeded, resumed.Describe());
        var artifact = PublishedArtifact().Match(resumed.StandardOutput);
        Assert.True(artifact.Success, resumed.Describe());
        var shown = await app.RunAsync(s_runTimeout, "artifacts", "show", artifact.Groups["id"].Value, "--store", "store");
        Assert.True(shown.Succeeded, shown.Describe());
        Assert.Contains(
            "\"range 1.5..4.5; sensors s1,s2,s3; means High=3,Low=3; worst Low; checksum 9; taken 2026-01-02; raw 3\"",
            shown.StandardOutput, StringComparison.Ordinal);

        var again = await app.RunAsync(s_runTimeout, run);
        Assert.True(again.Succeeded, again.Describe());
        Assert.Contains("(0 computed, 4 cached, 4 steps)", again.StandardOutput, StringComparison.Ordinal);

        var graph = await app.RunAsync(s_runTimeout, "graph", "Sensors", "--format", "json");
        Assert.True(graph.Succeeded, graph.Describe());
        Assert.Contains("\"schemaFingerprint\"", graph.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"floor\"", graph.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NativeApp_ServesTheStepContract_ReadingAndWritingArtifactFiles()
    {
        var app = await NativeAotPublication.GetAsync(feed);
        Assert.True(app.Publish.Succeeded, app.Publish.Describe());
        var store = Path.Combine(app.Project.Directory, "steps");
        Directory.CreateDirectory(store);
        const string RunId = "native-steps";
        var fingerprints = await CodeFingerprintsAsync(app);

        // Parameters only: an int from the task, a double left to its default.
        StepTaskFile.Write(store, "Sensors", "Measure", RunId, fingerprints["Measure"], [("count", "4"), ("scale", null)], []);
        var measure = await app.RunAsync(s_runTimeout, "step", "Sensors", "Measure", "--run", RunId, "--store", store);
        Assert.True(measure.Succeeded, measure.Describe());
        Assert.Equal($"Step 'Measure' of run {RunId} succeeded (attempt 1): 1 output stored.", measure.StandardOutput.Trim());
        var batch = Assert.Single(ResultOutputs(store, RunId, "Measure"));

        // The Batch object file read back natively (records, an enum, a nullable, bytes, a date), an enum parameter from
        // its canonical text, and a class, a struct, a list, a dictionary and a materialized type written back.
        StepTaskFile.Write(store, "Sensors", "Summarize", RunId, fingerprints["Summarize"], [("floor", "\"High\"")],
            [("batch", batch.GetProperty("artifactId").GetString()!, batch.GetProperty("size").GetInt64(), batch.GetProperty("path").GetString()!)]);
        var summarize = await app.RunAsync(s_runTimeout, "step", "Sensors", "Summarize", "--run", RunId, "--store", store);
        Assert.True(summarize.Succeeded, summarize.Describe());
        var outputs = ResultOutputs(store, RunId, "Summarize").ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("path").GetString()!);
        var summary = File.ReadAllText(Path.Combine(store, outputs["Summary"]));
        Assert.Contains("\"Sensors\":[\"s2\",\"s4\"]", summary, StringComparison.Ordinal);
        Assert.Contains("\"Range\":{\"Min\":3,\"Max\":6}", summary, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0, 0, 0, 8 }, File.ReadAllBytes(Path.Combine(store, outputs["Checksum"])));
    }

    [Fact]
    public async Task NativeApp_RunsEveryStepInAChildProcessOfItself_WithTheProcessOrchestrator()
    {
        var app = await NativeAotPublication.GetAsync(feed);
        Assert.True(app.Publish.Succeeded, app.Publish.Describe());
        File.WriteAllText(Path.Combine(app.Project.Directory, "open-gate.txt"), "open");

        var run = await app.RunAsync(s_runTimeout, "run", "Sensors", "--param", "gate=open-gate.txt", "--param", "count=4", "--orchestrator", "process", "--store", "process-store");
        Assert.True(run.Succeeded, run.Describe());
        Assert.Contains("(4 computed, 0 cached, 4 steps)", run.StandardOutput, StringComparison.Ordinal);
        var artifact = PublishedArtifact().Match(run.StandardOutput);
        Assert.True(artifact.Success, run.Describe());
        var shown = await app.RunAsync(s_runTimeout, "artifacts", "show", artifact.Groups["id"].Value, "--store", "process-store");
        Assert.True(shown.Succeeded, shown.Describe());
        Assert.Contains(
            "\"range 1.5..6; sensors s1,s2,s3,s4; means High=4.5,Low=3; worst Low; checksum 10; taken 2026-01-02; raw 3\"",
            shown.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NativeApp_WritesAContainerfile_FromItsScribanTemplate()
    {
        var app = await NativeAotPublication.GetAsync(feed);
        Assert.True(app.Publish.Succeeded, app.Publish.Describe());

        var containerfile = await app.RunAsync(s_runTimeout, "image", "containerfile", "--base", "localhost/weft-base:1");

        Assert.True(containerfile.Succeeded, containerfile.Describe());
        var text = containerfile.StandardOutput.ReplaceLineEndings("\n");
        Assert.Contains("# Pipeline Sensors: Measure, Summarize, Describe, Publish\n", text, StringComparison.Ordinal);
        Assert.Contains("\nFROM localhost/weft-base:1\n", text, StringComparison.Ordinal);
        Assert.Contains("\nENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1\n", text, StringComparison.Ordinal);
        Assert.Contains($"\nENTRYPOINT [\"/app/{app.Project.Name}\"]", text, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> CodeFingerprintsAsync(PublishedNativeApp app)
    {
        var graph = await app.RunAsync(s_runTimeout, "graph", "Sensors", "--format", "json");
        Assert.True(graph.Succeeded, graph.Describe());
        using var document = JsonDocument.Parse(graph.StandardOutput);
        return document.RootElement.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("name").GetString()!, n => n.GetProperty("codeFingerprint").GetString()!);
    }

    private static List<JsonElement> ResultOutputs(string store, string runId, string step)
    {
        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(store, "tasks", runId, step, "result.json")));
        Assert.Equal("Succeeded", result.RootElement.GetProperty("status").GetString());
        return [.. result.RootElement.GetProperty("outputs").EnumerateArray().Select(o => o.Clone())];
    }
}
