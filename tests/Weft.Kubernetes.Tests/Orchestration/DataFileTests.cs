using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Weft.Kubernetes.Tests.ApiServer;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;
using Weft.Kubernetes.Tests.Orchestration.Pipelines;
using Weft.Storage;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// DataFile parameters on the <c>kubernetes</c> orchestrator, with pods that cannot see the orchestrator's files: the test
/// server runs each pod in a working directory of its own with the store at a path of its own, and the tests remove the
/// data files once the first pod starts. The run imports them into the store when it starts; pods read the store's copies,
/// checked against the hashes in the cache keys; outputs, artifact ids and cache keys are those of the same run in process.
/// </summary>
public sealed class DataFileTests
{
    private const string ReadingsText = "1\n2\n3\n";

    [Fact]
    public async Task DataFiles_AreImportedWhenTheRunStarts_AndPodsThatCannotSeeThemReadTheStoresCopies_AsInProcess()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var data = WriteData(cluster.Root);
        var arguments = Arguments(data);
        var expected = await cluster.RunInProcessAsync(Readings.Definition, arguments);
        cluster.Server.PodRunning += (_, _) => DeleteFolder(data);

        var run = await cluster.RunAsync(Readings.Definition, arguments);

        Assert.True(run.Status == RunStatus.Succeeded, Failure(run));
        Assert.False(Directory.Exists(data));
        Assert.Equal("60 over 3 readings; a.txt: 2 words, b.txt: 3 words", run.Output<string>("Summarize"));
        Assert.Equal(expected.Output<string>("Summarize"), run.Output<string>("Summarize"));
        using var inProcess = WeftStore.OpenExisting(Path.Combine(cluster.Root, "inprocess-store"));
        using var onKubernetes = WeftStore.OpenExisting(cluster.Store);
        var want = inProcess.GetRun(expected.RunId)!;
        var got = onKubernetes.GetRun(run.RunId)!;
        Assert.Equal(want.Run.Parameters, got.Run.Parameters);
        foreach (var (wantStep, gotStep) in want.Steps.OrderBy(s => s.Node, StringComparer.Ordinal).Zip(got.Steps.OrderBy(s => s.Node, StringComparer.Ordinal)))
        {
            Assert.Equal(wantStep.Node, gotStep.Node);
            Assert.Equal(wantStep.CacheKey, gotStep.CacheKey);
            Assert.Equal(wantStep.Outputs.Select(o => (o.Name, o.ArtifactId)), gotStep.Outputs.Select(o => (o.Name, o.ArtifactId)));
            Assert.Equal(wantStep.Inputs, gotStep.Inputs);
        }

        // Each file is an object named by the hash the run recorded (and keyed its steps with), holding the file's bytes.
        Assert.Equal(ReadingsText, await File.ReadAllTextAsync(ObjectPath(cluster.Store, HashOf(ReadingsText))));
        Assert.Equal(HashOf(ReadingsText), got.Run.Parameters.Single(p => p.Name == "readings").ContentHash);
        Assert.Equal("ten four", await File.ReadAllTextAsync(ObjectPath(cluster.Store, HashOf("ten four"))));

        // The step's task names the store's copy, with the path the user gave and the hash its cache key holds.
        using var task = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(cluster.Store, "tasks", run.RunId, "Count", "task.json")));
        var files = task.RootElement.GetProperty("parameters")[0].GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        Assert.Equal(Path.Combine(data, "b.txt"), files[1].GetProperty("path").GetString());
        Assert.Equal(HashOf("one two three"), files[1].GetProperty("contentHash").GetString());
        Assert.Equal(ObjectStore(HashOf("one two three")), files[1].GetProperty("storePath").GetString());
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task AChangedDataFile_MissesTheCache_WhileTheSameContentHitsIt()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var data = WriteData(cluster.Root);
        var arguments = Arguments(data);

        var first = await cluster.RunAsync(Readings.Definition, arguments);
        var again = await cluster.RunAsync(Readings.Definition, arguments);
        var jobsBefore = cluster.Server.Calls.Count(c => c.Resource == "jobs" && c.Verb == "create");
        await File.WriteAllTextAsync(Path.Combine(data, "readings.csv"), "1\n2\n30\n");
        var changed = await cluster.RunAsync(Readings.Definition, arguments);
        var expected = await cluster.RunInProcessAsync(Readings.Definition, arguments);

        Assert.True(first.Status == RunStatus.Succeeded, Failure(first));
        Assert.True(again.Status == RunStatus.Succeeded, Failure(again));
        Assert.True(changed.Status == RunStatus.Succeeded, Failure(changed));
        Assert.All(again.Steps, s => Assert.True(s.Cached, s.Name));
        Assert.Equal(3, jobsBefore);
        // Only the steps that read the changed file, and what follows them, ran again: two more Jobs.
        Assert.Equal(["Count"], changed.Steps.Where(s => s.Cached).Select(s => s.Name));
        Assert.Equal(5, cluster.Server.Calls.Count(c => c.Resource == "jobs" && c.Verb == "create"));
        Assert.Equal("330 over 3 readings; a.txt: 2 words, b.txt: 3 words", changed.Output<string>("Summarize"));
        Assert.Equal(expected.Output<string>("Summarize"), changed.Output<string>("Summarize"));
        Assert.Equal("1\n2\n30\n", await File.ReadAllTextAsync(ObjectPath(cluster.Store, HashOf("1\n2\n30\n"))));
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task AMissingDataFile_FailsBeforeAnythingReachesTheCluster_NamingTheParameter()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var data = WriteData(cluster.Root);
        var missing = Path.Combine(data, "no-such-readings.csv");
        var arguments = Arguments(data);
        arguments["readings"] = DataFile.From(missing);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => cluster.RunAsync(Readings.Definition, arguments));

        Assert.Contains("Parameter 'readings' of pipeline 'Readings'", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Empty(cluster.Server.Calls);
        Assert.False(File.Exists(Path.Combine(cluster.Store, "weft.db")));
    }

    [Fact]
    public async Task AStoreCopyThatNoLongerMatchesItsHash_FailsTheStep_NamingTheParameterThePathAndBothHashes()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var data = WriteData(cluster.Root);
        var copy = ObjectPath(cluster.Store, HashOf(ReadingsText));
        // Same size, other bytes: what a damaged volume or a hand edit leaves, which only the hash can tell.
        cluster.Server.PodRunning += (job, _) =>
        {
            if (job.Metadata.Labels[KubernetesLabels.Step] == "Parse" && File.Exists(copy))
            {
                File.WriteAllText(copy, "7\n8\n9\n");
            }
        };

        var run = await cluster.RunAsync(Readings.Definition, Arguments(data));

        Assert.Equal(RunStatus.Failed, run.Status);
        var parse = run.Steps.Single(s => s.Name == "Parse");
        Assert.Equal(StepStatus.Failed, parse.Status);
        var message = parse.Error!;
        Assert.Contains("Parameter 'readings' (input 'readings' of step 'Parse')", message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(data, "readings.csv"), message, StringComparison.Ordinal);
        Assert.Contains(HashOf(ReadingsText), message, StringComparison.Ordinal);
        Assert.Contains(HashOf("7\n8\n9\n"), message, StringComparison.Ordinal);
        Assert.Contains("Delete ", message, StringComparison.Ordinal);
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task RelativePathsOnTheCommandLine_RunOnKubernetes_WithTheInProcessOutputs_AndAMissingOneIsOneLine()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        WriteData(cluster.Root);
        var kubeconfig = await cluster.WriteKubeconfigAsync();
        var environment = new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig };
        string[] run = ["run", "Readings", "--param", "readings=data/readings.csv", "--param", "notes=data/a.txt,data/b.txt"];

        var expected = await ProgramRun.RunInAsync(cluster.Root, ProgramRun.TestApp, null, [.. run, "--store", Path.Combine(cluster.Root, "inprocess-store")]);
        var result = await ProgramRun.RunInAsync(cluster.Root, ProgramRun.TestApp, environment, [.. run, "--orchestrator", "kubernetes", "--store", cluster.Store]);

        Assert.True(expected.ExitCode == 0, expected.ToString());
        Assert.True(result.ExitCode == 0, result + "\n" + string.Join("\n", cluster.Server.ServerErrors));
        Assert.Equal(Section(expected.Output, "Outputs:"), Section(result.Output, "Outputs:"));
        Assert.Contains("60 over 3 readings; a.txt: 2 words, b.txt: 3 words", result.Output, StringComparison.Ordinal);
        AssertNothingLeft(cluster.Server);

        var calls = cluster.Server.Calls.Count;
        var missing = await ProgramRun.RunInAsync(cluster.Root, ProgramRun.TestApp, environment,
            ["run", "Readings", "--param", "readings=data/missing.csv", "--param", "notes=data/a.txt", "--orchestrator", "kubernetes", "--store", cluster.Store]);
        Assert.Equal(2, missing.ExitCode);
        var line = Assert.Single(missing.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("Parameter 'readings'", line, StringComparison.Ordinal);
        Assert.Contains("data/missing.csv", line, StringComparison.Ordinal);
        Assert.Equal(calls, cluster.Server.Calls.Count);
    }

    [Fact]
    public async Task TheProcessOrchestrator_StillReadsDataFilesWhereTheyAre_WithoutImportingThem()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var data = WriteData(cluster.Root);
        var store = Path.Combine(cluster.Root, "process-store");
        var executor = new StepLaunchExecutor("process", new ProcessStepLauncher("dotnet", [PipelineCluster.TestAppPath]));

        var run = await executor.ExecuteAsync(new ExecutionRequest(Readings.Definition, Arguments(data), new RunOptions { StorePath = store }), CancellationToken.None);

        Assert.True(run.Status == RunStatus.Succeeded, Failure(run));
        Assert.Equal("60 over 3 readings; a.txt: 2 words, b.txt: 3 words", run.Output<string>("Summarize"));
        Assert.False(File.Exists(ObjectPath(store, HashOf(ReadingsText))));
        using var task = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(store, "tasks", run.RunId, "Parse", "task.json")));
        Assert.All(task.RootElement.GetProperty("parameters").EnumerateArray(), p => Assert.False(p.TryGetProperty("files", out _)));
    }

    /// <summary>A folder of data files: readings.csv (three numbers), a.txt and b.txt (two and three words).</summary>
    private static string WriteData(string root)
    {
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "readings.csv"), ReadingsText);
        File.WriteAllText(Path.Combine(data, "a.txt"), "ten four");
        File.WriteAllText(Path.Combine(data, "b.txt"), "one two three");
        return data;
    }

    private static Dictionary<string, object?> Arguments(string data) => new()
    {
        ["readings"] = DataFile.From(Path.Combine(data, "readings.csv")),
        ["notes"] = new[] { DataFile.From(Path.Combine(data, "a.txt")), DataFile.From(Path.Combine(data, "b.txt")) },
    };

    private static string HashOf(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string ObjectStore(string hash) => $"objects/{hash[7..9]}/{hash[9..]}";

    private static string ObjectPath(string store, string hash) => Path.Combine(store, ObjectStore(hash));

    /// <summary>Deletes a folder when a pod starts; pods start at once, and a handler that threw would leave its pod hanging.</summary>
    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Another pod's start deleted it.
        }
    }

    private static string Failure(PipelineRun run) => run.Error + "\n" + string.Join("\n", run.Steps.Select(s => $"{s.Name}: {s.Error}"));

    /// <summary>The lines of a section of the run summary (<c>Outputs:</c>), up to the next unindented line.</summary>
    private static string Section(string text, string heading)
    {
        var lines = text.Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"No '{heading}' in:\n{text}");
        return string.Join('\n', lines.Skip(start + 1).TakeWhile(line => line.StartsWith(' ')));
    }

    private static void AssertNothingLeft(TestApiServer server)
    {
        Assert.True(server.ServerErrors.Count == 0, string.Join("\n", server.ServerErrors));
        Assert.Empty(server.Jobs);
        Assert.Empty(server.Pods);
        Assert.Empty(server.ConfigMaps);
    }
}
