using Weft.Kubernetes.Orchestration;
using Weft.Kubernetes.Tests.ApiServer;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// One step's Job against the stateful test API server, with a shell script as the container: how it ends, what it costs
/// in requests, which faults it survives, and that nothing of the run is left in the cluster afterwards.
/// </summary>
public sealed class StepJobTests
{
    private const string Echo = """echo "step $2 of $1 run $4 store $6"; test -d "$6" || exit 9; exit 0""";

    [Fact]
    public async Task Step_Succeeds_WithOneCreateOneLogRead_AndLeavesNothingBehind()
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        var outcome = await RunOneAsync(cluster, "r1", "Load");

        Assert.Equal(JobEndKind.Succeeded, outcome.End.Kind);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(1, outcome.Attempts);
        // The pod sees the claim at a path of its own (the test server's view of the mount), not at the orchestrator's.
        Assert.Matches($"^step Load of Shell run r1 store /.+/root{KubernetesOrchestratorOptions.DefaultStoreMountPath}\n$", await File.ReadAllTextAsync(cluster.LogPath("r1", "Load")));
        var calls = cluster.Server.Calls;
        Assert.Equal(1, calls.Count(c => c.Resource == "jobs" && c.Verb == "create"));
        Assert.Equal(1, calls.Count(c => c.Verb == "log"));
        Assert.Equal(0, calls.Count(c => c.Verb == "get"));
        // Per run, not per step: the ConfigMap, one list and one watch of each resource, and the cleanup.
        Assert.Equal(2, calls.Count(c => c.Verb == "list"));
        Assert.Equal(2, calls.Count(c => c.Verb == "watch"));
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task FailingContainer_FailsItsJobAtOnce_WithItsExitCodeAndLog()
    {
        await using var cluster = await ShellCluster.StartAsync("""echo "trying $2"; exit 3""");
        var outcome = await RunOneAsync(cluster, "r2", "Fit");

        // The engine owns attempts: the Job itself never retries (backoffLimit 0).
        Assert.Equal(JobEndKind.Failed, outcome.End.Kind);
        Assert.Equal("BackoffLimitExceeded", outcome.End.Reason);
        Assert.Equal(1, outcome.Attempts);
        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("trying Fit\n", await File.ReadAllTextAsync(cluster.LogPath("r2", "Fit")));
        AssertNothingLeft(cluster.Server);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ServerErrors_OnCreate_AreRetried(int status)
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        cluster.Server.Faults.FailRequests(2, status, c => c.Verb == "create" && c.Resource == "jobs");
        var outcome = await RunOneAsync(cluster, "r3", "Load");

        Assert.Equal(JobEndKind.Succeeded, outcome.End.Kind);
        var creates = cluster.Server.Calls.Where(c => c.Verb == "create" && c.Resource == "jobs").Select(c => c.StatusCode).ToList();
        Assert.Equal([status, status, 201], creates);
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterTheWaitTheServerAsks()
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        cluster.Server.Faults.FailRequests(1, 429, c => c.Verb == "create" && c.Resource == "jobs", retryAfterSeconds: 1);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = await RunOneAsync(cluster, "r4", "Load");

        Assert.Equal(JobEndKind.Succeeded, outcome.End.Kind);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"The retry came after {clock.Elapsed}, before the 1 s Retry-After.");
        Assert.Equal([429, 201], cluster.Server.Calls.Where(c => c.Verb == "create" && c.Resource == "jobs").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Conflict_OnCreate_AdoptsTheRunsOwnJob()
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        // The create reaches the server but its answer is a 409, as when an earlier attempt of the same create went through.
        cluster.Server.Faults.FailRequests(1, 409, c => c.Verb == "create" && c.Resource == "jobs");
        var outcome = await RunOneAsync(cluster, "r5", "Load");

        Assert.Equal(JobEndKind.Succeeded, outcome.End.Kind);
        Assert.Equal(1, cluster.Server.Calls.Count(c => c.Verb == "get" && c.Resource == "jobs"));
        AssertNothingLeft(cluster.Server);
    }

    [Theory]
    [InlineData("jobs", false)]
    [InlineData("pods", false)]
    [InlineData("jobs", true)]
    public async Task WatchCutMidEvent_IsResumed_OrRelistedWhenGone(string resource, bool expire)
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        cluster.Server.Faults.CutWatch(resource, atEvent: 2, expireHistory: expire);
        var outcome = await RunOneAsync(cluster, "r6", "Load");

        Assert.Equal(JobEndKind.Succeeded, outcome.End.Kind);
        var calls = cluster.Server.Calls;
        // A cut watch is resumed; resuming an expired one is answered 410 Gone, which takes a list and one more watch.
        Assert.Equal(expire ? 3 : 2, calls.Count(c => c.Verb == "watch" && c.Resource == resource));
        Assert.Equal(expire ? 2 : 1, calls.Count(c => c.Verb == "list" && c.Resource == resource));
        Assert.Equal(1, calls.Count(c => c.Verb == "log"));
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task SlowServer_IsWaitedFor()
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        cluster.Server.Faults.Delay = TimeSpan.FromMilliseconds(40);
        var outcome = await RunOneAsync(cluster, "r13", "Load");

        Assert.Equal(JobEndKind.Succeeded, outcome.End.Kind);
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task OomKilledPod_EndsTheJob_WithTheReason()
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        cluster.Server.Faults.OomKill(_ => true);
        var outcome = await RunOneAsync(cluster, "r7", "Fit");

        Assert.Equal(JobEndKind.Failed, outcome.End.Kind);
        Assert.Equal(137, outcome.ExitCode);
        Assert.Equal("OOMKilled", outcome.Terminated?.Reason);
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task JobDeletedFromOutside_EndsAsDeleted()
    {
        await using var cluster = await ShellCluster.StartAsync("sleep 30");
        cluster.Server.PodRunning += (job, _) => cluster.Server.DeleteJobFromOutside(job.Metadata.NamespaceProperty, job.Metadata.Name);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = await RunOneAsync(cluster, "r8", "Sleep");

        Assert.Equal(JobEndKind.Deleted, outcome.End.Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task DeletingTheOrchestratorsPod_DeletesTheRunsObjects()
    {
        await using var cluster = await ShellCluster.StartAsync("sleep 30");
        var uid = cluster.Server.CreateIdlePod(ShellCluster.Namespace, "driver");
        cluster.Server.PodRunning += (job, _) => cluster.Server.DeleteFromOutside("pods", ShellCluster.Namespace, "driver");
        await using var session = cluster.Session("r12", cluster.Options with { OwnerPod = ("driver", uid) });
        await session.StartAsync(CancellationToken.None);
        var outcome = await session.RunStepAsync(cluster.Step("r12", "Sleep"), cluster.LogPath("r12", "Sleep"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(20));

        // The pod owned the run's ConfigMap, which owned the Job, which owned its pod: all went with it.
        Assert.Equal(JobEndKind.Deleted, outcome.End.Kind);
        Assert.Empty(cluster.Server.ConfigMaps);
        Assert.Empty(cluster.Server.Jobs);
        Assert.Empty(cluster.Server.Pods);
    }

    [Fact]
    public async Task UnknownImage_EndsAsCannotStart()
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        await using var session = cluster.Session("r9");
        await session.StartAsync(CancellationToken.None);
        var outcome = await session.RunStepAsync(cluster.Step("r9", "Load") with { Image = "localhost/missing:1" }, cluster.LogPath("r9", "Load"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(JobEndKind.CannotStart, outcome.End.Kind);
        Assert.Equal("ErrImagePull", outcome.End.Reason);
    }

    [Fact]
    public async Task Cancellation_DeletesTheRunsJobs()
    {
        await using var cluster = await ShellCluster.StartAsync("sleep 30");
        using var running = new SemaphoreSlim(0);
        cluster.Server.PodRunning += (_, _) => running.Release();
        using var cancel = new CancellationTokenSource();
        await using (var session = cluster.Session("r10"))
        {
            await session.StartAsync(CancellationToken.None);
            var step = session.RunStepAsync(cluster.Step("r10", "Sleep"), cluster.LogPath("r10", "Sleep"), cancel.Token);
            Assert.True(await running.WaitAsync(TimeSpan.FromSeconds(20)));
            Assert.Single(cluster.Server.Jobs);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => step);
        }

        AssertNothingLeft(cluster.Server);
        var delete = Assert.Single(cluster.Server.Calls, c => c.Verb == "deletecollection");
        Assert.Contains("propagationPolicy=Background", delete.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_IsOneLineNamingIt()
    {
        await using var cluster = await ShellCluster.StartAsync(Echo);
        var address = cluster.Server.BaseUri;
        await cluster.Server.DisposeAsync();
        await using var session = cluster.Session("r11", cluster.Options with { ApiRetries = 1 });

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => session.StartAsync(CancellationToken.None));
        Assert.StartsWith($"Cannot reach the Kubernetes API server at {address} to create ConfigMap weft-run-r11: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static async Task<StepJobOutcome> RunOneAsync(ShellCluster cluster, string runId, string node)
    {
        try
        {
            return await RunOneCoreAsync(cluster, runId, node);
        }
        catch (Exception ex) when (cluster.Server.ServerErrors.Count > 0)
        {
            throw new InvalidOperationException("The test server failed: " + string.Join("\n", cluster.Server.ServerErrors), ex);
        }
    }

    private static async Task<StepJobOutcome> RunOneCoreAsync(ShellCluster cluster, string runId, string node)
    {
        StepJobOutcome outcome;
        await using (var session = cluster.Session(runId))
        {
            await session.StartAsync(CancellationToken.None);
            outcome = await session.RunStepAsync(cluster.Step(runId, node), cluster.LogPath(runId, node), CancellationToken.None)
                .WaitAsync(TimeSpan.FromSeconds(30));
        }

        return outcome;
    }

    private static void AssertNothingLeft(TestApiServer server)
    {
        Assert.True(server.ServerErrors.Count == 0, string.Join("\n", server.ServerErrors));
        Assert.Empty(server.Jobs);
        Assert.Empty(server.Pods);
        Assert.Empty(server.ConfigMaps);
    }
}
