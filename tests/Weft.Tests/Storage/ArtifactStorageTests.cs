using System.Collections.Concurrent;
using System.Security.Cryptography;
using Weft.Storage;
using Weft.Tests.Execution;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>
/// Where artifact bytes go (inline below the threshold, object files above), how objects appear (whole, under their
/// hash), and what happens when stored bytes are damaged: detected, named, and recomputed where the step can be run again.
/// </summary>
public sealed class ArtifactStorageTests
{
    private const int Large = 100_000;

    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly string _store = TestStores.NewPath();

    private static byte[] Payload(int size) => [.. Enumerable.Range(0, size).Select(i => (byte)(i * 7 % 251))];

    private StepNode Big(Func<int, byte[]>? body = null) => Keyed("Big", _ =>
    {
        var call = _calls.AddOrUpdate("Big", 1, (_, n) => n + 1);
        return (body ?? (_ => Payload(Large)))(call);
    });

    private StepNode Use(string label) => Keyed("Use", args =>
    {
        _calls.AddOrUpdate("Use", 1, (_, n) => n + 1);
        return $"{args[1]}:{((byte[])args[0]!).Sum(b => b)}";
    }, inputs: [From("bytes", "Big"), Const("label", label)]);

    private Task<PipelineRun> RunIn(PipelineDefinition definition) => Run(definition, new RunOptions { StorePath = _store });

    private ArtifactRecord BigArtifact(PipelineRun run)
    {
        using var weft = WeftStore.Open(_store);
        return weft.FindArtifact(run.GetStep("Big").Artifacts["value"])!;
    }

    [Fact]
    public async Task SmallOutputs_AreInline_LargeOnes_AreObjectFilesNamedByTheirHash()
    {
        var run = await RunIn(Pipeline(Big(), Use("first")));

        using var weft = WeftStore.Open(_store);
        var big = weft.FindArtifact(run.GetStep("Big").Artifacts["value"])!;
        var small = weft.FindArtifact(run.GetStep("Use").Artifacts["value"])!;
        Assert.Null(small.Path);
        Assert.Equal(Path.Combine(Path.GetFullPath(_store), "objects", big.Id[7..9], big.Id[9..]), big.Path);
        var bytes = await File.ReadAllBytesAsync(big.Path!);
        Assert.Equal(big.Id, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(big.Size, bytes.Length);
        Assert.True(big.Size > RunRecorder.InlineThreshold);
        Assert.Empty(Directory.GetFiles(Path.Combine(_store, "objects", "tmp")));
        Assert.Equal(Payload(Large), run.Output<byte[]>("Big"));
    }

    [Fact]
    public async Task AnObjectIsInvisibleUntilComplete_AndAFailedWriteLeavesNothing()
    {
        var halfway = Signal();
        var resume = Signal();
        var definition = Pipeline(
            new StepNode("Slow", "Slow", "Tests.Slow", [], [new StepOutput("value", "byte[]", new GatedSerializer(halfway, resume))],
                new StepInvoker((_, _) => ValueTask.FromResult<object?[]>([Payload(Large)])), "v1"),
            new StepNode("Broken", "Broken", "Tests.Broken", [], [new StepOutput("value", "byte[]", new GatedSerializer(null, null, failAfterHalf: true))],
                new StepInvoker((_, _) => ValueTask.FromResult<object?[]>([Payload(Large)])), "v1"));

        var running = RunIn(definition);
        await halfway.Task.WaitAsync(Patience);
        var objects = Path.Combine(_store, "objects");
        var visible = Directory.GetFiles(objects, "*", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}tmp{Path.DirectorySeparatorChar}")).ToList();
        var partial = Directory.GetFiles(Path.Combine(objects, "tmp"));
        resume.SetResult();
        var run = await running.WaitAsync(Patience);

        Assert.Empty(visible);
        Assert.NotEmpty(partial);
        Assert.Equal(StepStatus.Succeeded, run.GetStep("Slow").Status);
        Assert.Equal(StepStatus.Failed, run.GetStep("Broken").Status);
        Assert.Contains("could not be stored", run.GetStep("Broken").Error);
        Assert.Empty(Directory.GetFiles(Path.Combine(objects, "tmp")));
        Assert.Single(Directory.GetFiles(objects, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task TemporaryFilesLeftByADeadProcess_AreRemoved_WhileALiveWritersAreKept()
    {
        var tmp = Directory.CreateDirectory(Path.Combine(_store, "objects", "tmp")).FullName;
        var abandoned = Path.Combine(tmp, "abandoned.tmp");
        var live = Path.Combine(tmp, "live.tmp");
        await File.WriteAllTextAsync(abandoned, "half an object");
        await File.WriteAllTextAsync(live, "being written");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-2));

        await RunIn(Pipeline(Big(), Use("first")));

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(live));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("delete")]
    public async Task DamagedObject_IsRecomputedFromItsStep_WhenAConsumerNeedsIt(string damage)
    {
        var first = await RunIn(Pipeline(Big(), Use("first")));
        var big = BigArtifact(first);
        Damage(big.Path!, damage);

        // Use has a new constant, so it runs and needs Big's bytes; Big itself is unchanged.
        var second = await RunIn(Pipeline(Big(), Use("second")));

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(first.Output<string>("Use").Replace("first", "second"), second.Output<string>("Use"));
        Assert.Equal(2, _calls["Big"]);
        Assert.False(second.GetStep("Big").Cached);
        Assert.Equal(big.Id, second.GetStep("Big").Artifacts["value"]);
        using var weft = WeftStore.Open(_store);
        Assert.Equal(Payload(Large), ReadBytes(weft, big.Id));
    }

    [Fact]
    public async Task DamagedObject_OfACachedRun_IsRecomputedWhenItsOutputIsRead()
    {
        var first = await RunIn(Pipeline(Big(), Use("first")));
        var cached = await RunIn(Pipeline(Big(), Use("first")));
        Damage(BigArtifact(first).Path!, "flip");

        Assert.True(cached.GetStep("Big").Cached);
        Assert.Equal(Payload(Large), cached.Output<byte[]>("Big"));
        Assert.Equal(2, _calls["Big"]);
        using var weft = WeftStore.Open(_store);
        Assert.Equal(Payload(Large), ReadBytes(weft, BigArtifact(first).Id));
    }

    [Fact]
    public async Task DamagedInlineArtifact_IsDetectedAndRecomputed()
    {
        var first = await RunIn(Pipeline(Keyed("Small", _ => { _calls.AddOrUpdate("Small", 1, (_, n) => n + 1); return "hello"; }),
            Keyed("Shout", args => ((string)args[0]!).ToUpperInvariant() + args[1], inputs: [From("text", "Small"), Const("mark", "!")])));
        var id = first.GetStep("Small").Artifacts["value"];
        StoreDatabase.Execute(_store, "UPDATE artifacts SET content = $bad WHERE id = $id", ("$bad", "{\"tag\":\"string\",\"value\":\"jello\"}"u8.ToArray()), ("$id", Convert.FromHexString(id[7..])));

        using (var weft = WeftStore.Open(_store))
        {
            var error = Assert.Throws<ArtifactIntegrityException>(() => weft.ReadArtifactBytes(id));
            Assert.Equal(id, error.ArtifactId);
            Assert.Null(error.Location);
        }

        var second = await RunIn(Pipeline(Keyed("Small", _ => { _calls.AddOrUpdate("Small", 1, (_, n) => n + 1); return "hello"; }),
            Keyed("Shout", args => ((string)args[0]!).ToUpperInvariant() + args[1], inputs: [From("text", "Small"), Const("mark", "?")])));

        Assert.Equal("HELLO?", second.Output<string>("Shout"));
        Assert.Equal(2, _calls["Small"]);
    }

    [Fact]
    public async Task DamagedObject_ThatCannotBeRecomputed_FailsTheConsumer_NamingTheArtifact()
    {
        var first = await RunIn(Pipeline(Big(), Use("first")));
        var big = BigArtifact(first);
        Damage(big.Path!, "flip");

        var second = await RunIn(Pipeline(Big(call => call > 1 ? throw new IOException("source gone") : Payload(Large)), Use("second")));

        Assert.Equal(RunStatus.Failed, second.Status);
        var error = second.GetStep("Use").Error!;
        Assert.Contains(big.Id, error);
        Assert.Contains(big.Path!, error);
        Assert.Contains("corrupt", error);
        Assert.Contains("source gone", error);
        using var weft = WeftStore.Open(_store);
        var thrown = Assert.Throws<ArtifactIntegrityException>(() => weft.ReadArtifactBytes(big.Id));
        Assert.Equal((big.Id, big.Path), (thrown.ArtifactId, thrown.Location));
    }

    private static byte[] ReadBytes(WeftStore weft, string id)
    {
        using var stream = new MemoryStream(weft.ReadArtifactBytes(id));
        return (byte[])TestValueSerializer.Instance.ReadObjectAsync(stream, CancellationToken.None).AsTask().Result!;
    }

    private static void Damage(string path, string how)
    {
        switch (how)
        {
            case "flip":
                var bytes = File.ReadAllBytes(path);
                bytes[bytes.Length / 2] ^= 0xFF;
                File.WriteAllBytes(path, bytes);
                break;
            case "truncate":
                File.WriteAllBytes(path, File.ReadAllBytes(path)[..1000]);
                break;
            default:
                File.Delete(path);
                break;
        }
    }

    /// <summary>Writes half an artifact, then waits (or fails): a window in which to look at the store.</summary>
    private sealed class GatedSerializer(TaskCompletionSource? halfway, TaskCompletionSource? resume, bool failAfterHalf = false) : IArtifactSerializer
    {
        public string Schema => "gated";

        public string SchemaFingerprint => "6761746564000000";

        public async ValueTask WriteObjectAsync(object? value, Stream destination, CancellationToken cancellationToken)
        {
            var bytes = (byte[])value!;
            await destination.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), cancellationToken);
            if (failAfterHalf)
            {
                throw new IOException("disk full");
            }

            halfway?.SetResult();
            if (resume is not null)
            {
                await resume.Task.WaitAsync(Patience, cancellationToken);
            }

            await destination.WriteAsync(bytes.AsMemory(bytes.Length / 2), cancellationToken);
        }

        public ValueTask<object?> ReadObjectAsync(Stream source, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
