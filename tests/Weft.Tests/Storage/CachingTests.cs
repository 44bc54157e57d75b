using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Weft.Serialization;
using Weft.Storage;
using Weft.Tests.Execution;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>Cache keys, hits and misses: what enters a key invalidates when it changes, and a hit is recorded and linked.</summary>
public sealed class CachingTests
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly string _store = TestStores.NewPath();

    private StepNode Counted(string name, Func<object?[], object?> body, string fingerprint = "v1", StepPolicy? policy = null,
        IArtifactSerializer? serializer = null, params StepInput[] inputs)
        => Keyed(name, args =>
        {
            _calls.AddOrUpdate(name, 1, (_, n) => n + 1);
            return body(args);
        }, fingerprint, policy, serializer, inputs);

    private int Calls(string name) => _calls.GetValueOrDefault(name);

    private PipelineDefinition Chain(string fingerprintOfA = "v1", Func<object?[], object?>? bodyOfA = null, StepPolicy? policyOfA = null) => Pipeline(
        Counted("A", bodyOfA ?? (_ => 20), fingerprintOfA, policyOfA),
        Counted("B", args => (int)args[0]! + 1, inputs: From("a", "A")),
        Counted("C", args =>
        {
            Step.Logger.LogInformation("labelling {Value}", args[0]);
            return $"{args[1]}={args[0]}";
        }, inputs: [From("b", "B"), Const("label", "c")]));

    private Task<PipelineRun> RunChain(PipelineDefinition definition, RunOptions? options = null)
        => Run(definition, (options ?? new RunOptions()) with { StorePath = _store });

    [Fact]
    public async Task Rerun_HitsEveryStep_RecordsTheHitsLinkedToTheComputation_AndReadsOutputsFromTheStore()
    {
        var first = await RunChain(Chain());
        var second = await RunChain(Chain());

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.All(second.Steps, s => Assert.Equal((StepStatus.Succeeded, true, 0, first.RunId), (s.Status, s.Cached, s.Attempts, s.OriginRunId)));
        Assert.Equal((1, 1, 1), (Calls("A"), Calls("B"), Calls("C")));
        Assert.Equal("c=21", second.Output<string>("C"));
        Assert.Equal(21, second.Output<int>("B"));
        Assert.Equal(first.GetStep("C").Artifacts["value"], second.GetStep("C").Artifacts["value"]);

        using var weft = WeftStore.Open(_store);
        var computed = weft.GetRun(first.RunId)!.Steps.ToDictionary(s => s.Node);
        foreach (var hit in weft.GetRun(second.RunId)!.Steps)
        {
            var origin = computed[hit.Node];
            Assert.Equal((true, origin.Id, first.RunId, 0), (hit.Cached, hit.OriginStepRunId!.Value, hit.OriginRunId, hit.Attempts));
            Assert.Equal(origin.Outputs, hit.Outputs);
            Assert.Equal(origin.Inputs, hit.Inputs);
            Assert.Equal(origin.LogPath, hit.LogPath);
            Assert.Equal(hit.Node == "C", hit.LogPath is not null);
            Assert.Null(hit.CacheKey);
        }
    }

    [Fact]
    public async Task UseCacheOff_ComputesEveryStep_ButStillRecords_SoALaterRunHitsTheNewest()
    {
        await RunChain(Chain(), new RunOptions { UseCache = false });
        var second = await RunChain(Chain(), new RunOptions { UseCache = false });
        var third = await RunChain(Chain());

        Assert.All(second.Steps, s => Assert.False(s.Cached));
        Assert.Equal((2, 2, 2), (Calls("A"), Calls("B"), Calls("C")));
        Assert.All(third.Steps, s => Assert.Equal((true, second.RunId), (s.Cached, s.OriginRunId)));
        using var weft = WeftStore.Open(_store);
        Assert.False(weft.FindRun(second.RunId)!.UseCache);
    }

    [Fact]
    public async Task StepWithCachingOff_AlwaysRuns_WhileItsDependentsHitWhenItsOutputIsUnchanged()
    {
        await RunChain(Chain(policyOfA: new StepPolicy(Cache: false)));
        var second = await RunChain(Chain(policyOfA: new StepPolicy(Cache: false)));

        Assert.Equal((2, 1, 1), (Calls("A"), Calls("B"), Calls("C")));
        Assert.False(second.GetStep("A").Cached);
        Assert.True(second.GetStep("B").Cached);
        using var weft = WeftStore.Open(_store);
        Assert.Null(weft.GetRun(second.RunId)!.Steps.Single(s => s.Node == "A").CacheKey);
    }

    [Fact]
    public async Task ChangedCodeFingerprint_RecomputesThatStep_AndDependentsOnlyWhenItsOutputChanges()
    {
        await RunChain(Chain(fingerprintOfA: "v1"));

        // The same body under a new fingerprint (a comment-free edit that changed nothing observable).
        var edited = await RunChain(Chain(fingerprintOfA: "v2"));
        Assert.Equal((false, true, true), (edited.GetStep("A").Cached, edited.GetStep("B").Cached, edited.GetStep("C").Cached));
        Assert.Equal(2, Calls("A"));

        // A new fingerprint whose body returns something else: everything downstream is recomputed.
        var changed = await RunChain(Chain(fingerprintOfA: "v3", bodyOfA: _ => 30));
        Assert.All(changed.Steps, s => Assert.False(s.Cached));
        Assert.Equal("c=31", changed.Output<string>("C"));
    }

    [Fact]
    public async Task CacheVersionSeedAndOutputSchema_EachEnterTheKey()
    {
        await RunChain(Chain());

        var versioned = await RunChain(Chain(policyOfA: new StepPolicy(CacheVersion: "2")));
        Assert.False(versioned.GetStep("A").Cached);
        Assert.True(versioned.GetStep("B").Cached);

        var reseeded = await RunChain(Chain(), new RunOptions { Seed = 99 });
        Assert.All(reseeded.Steps, s => Assert.False(s.Cached));

        var reshaped = await RunChain(Pipeline(
            Counted("A", _ => 20, serializer: new RenamedSchema()),
            Counted("B", args => (int)args[0]! + 1, inputs: From("a", "A")),
            Counted("C", args => $"{args[1]}={args[0]}", inputs: [From("b", "B"), Const("label", "c")])));
        Assert.False(reshaped.GetStep("A").Cached);
    }

    [Fact]
    public async Task ChangedParameterValue_InvalidatesItsConsumersOnly()
    {
        PipelineDefinition Definition() => Pipeline(
            [Parameter("n", "int")],
            Counted("Fixed", _ => 1),
            Counted("Scaled", args => (int)args[0]! * 2, inputs: Param("n", "n")));

        await RunWith(Definition(), new() { ["n"] = 2 }, new RunOptions { StorePath = _store });
        var same = await RunWith(Definition(), new() { ["n"] = 2 }, new RunOptions { StorePath = _store });
        var changed = await RunWith(Definition(), new() { ["n"] = 3 }, new RunOptions { StorePath = _store });

        Assert.All(same.Steps, s => Assert.True(s.Cached));
        Assert.True(changed.GetStep("Fixed").Cached);
        Assert.False(changed.GetStep("Scaled").Cached);
        Assert.Equal(6, changed.Output<int>("Scaled"));
    }

    [Fact]
    public async Task DataFile_EntersTheKeyByContent_SoAnEditInvalidatesAndAMoveDoesNot()
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestStores.Root, Guid.NewGuid().ToString("N"))).FullName;
        var original = Path.Combine(folder, "houses.csv");
        await File.WriteAllTextAsync(original, "rooms,price\n3,100\n");
        PipelineDefinition Definition() => Pipeline(
            [Parameter("houses", "Weft.DataFile", BuiltInSerializers.DataFile)],
            Counted("Load", args => File.ReadAllText(((DataFile)args[0]!).Path).Length, inputs: Param("file", "houses")));
        Task<PipelineRun> Load(string path) => RunWith(Definition(), new() { ["houses"] = DataFile.From(path) }, new RunOptions { StorePath = _store });

        var first = await Load(original);
        var unchanged = await Load(original);
        await File.AppendAllTextAsync(original, "4,150\n");
        var edited = await Load(original);
        var moved = Path.Combine(folder, "copy.csv");
        File.Copy(original, moved);
        var copy = await Load(moved);

        Assert.Equal((false, true, false, true), (first.GetStep("Load").Cached, unchanged.GetStep("Load").Cached, edited.GetStep("Load").Cached, copy.GetStep("Load").Cached));
        Assert.Equal(24, edited.Output<int>("Load"));
        using var weft = WeftStore.Open(_store);
        var recorded = Assert.Single(weft.FindRun(edited.RunId)!.Parameters);
        Assert.Equal(("houses", JsonString(original)), (recorded.Name, recorded.Value));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(original))), recorded.ContentHash);
        var input = Assert.Single(weft.GetRun(edited.RunId)!.Steps.Single().Inputs);
        Assert.Equal((InputKind.Parameter, "houses", recorded.ContentHash), (input.Kind, input.Parameter, input.ContentHash));
    }

    [Fact]
    public async Task MissingDataFile_IsRejectedBeforeTheRunStarts_NamingTheParameterAndPath()
    {
        var definition = Pipeline([Parameter("houses", "Weft.DataFile", BuiltInSerializers.DataFile)], Counted("Load", _ => 1, inputs: Param("file", "houses")));

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => RunWith(definition, new() { ["houses"] = DataFile.From("no/such/houses.csv") }, new RunOptions { StorePath = _store }));

        Assert.Contains("'houses'", error.Message);
        Assert.Contains("no/such/houses.csv", error.Message);
        Assert.Contains("does not exist", error.Message);
        using var weft = WeftStore.Open(_store);
        Assert.Empty(weft.ListRuns());
    }

    private static string JsonString(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>The test serializer under another schema, as if the output's record had gained a member.</summary>
    private sealed class RenamedSchema : IArtifactSerializer
    {
        public string Schema => "test-value-2";

        public string SchemaFingerprint => "7465737476616c32";

        public ValueTask WriteObjectAsync(object? value, Stream destination, CancellationToken cancellationToken)
            => TestValueSerializer.Instance.WriteObjectAsync(value, destination, cancellationToken);

        public ValueTask<object?> ReadObjectAsync(Stream source, CancellationToken cancellationToken)
            => TestValueSerializer.Instance.ReadObjectAsync(source, cancellationToken);
    }
}
