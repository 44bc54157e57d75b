using Weft.Kubernetes.Tests.ApiServer;
using Xunit.Abstractions;
using Weft.Kubernetes.Tests.Orchestration.Pipelines;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>
/// Whole pipelines on the <c>kubernetes</c> orchestrator against the stateful test API server, each step a Job whose pod is
/// the real entrypoint program: the same outputs and artifact ids as in process, a bounded number of API requests per step,
/// faults survived or named, and nothing of a run left in the cluster however it ends.
/// </summary>
public sealed class KubernetesOrchestratorTests(ITestOutputHelper output)
{
    /// <summary>What a run costs besides its steps: the run's ConfigMap, a list and a watch each of Jobs and Pods, and the cleanup.</summary>
    private const int RequestsPerRun = 7;

    [Fact]
    public async Task Fanout_RunsToCompletion_WithTheInProcessOutputsAndArtifactIds_InABudgetOfRequests()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var expected = await cluster.RunInProcessAsync(Fanout.Definition);
        var run = await cluster.RunAsync(Fanout.Definition);

        Assert.True(run.Status == RunStatus.Succeeded, run.Error);
        AssertSameResults(expected, run);
        Assert.Equal(expected.Output<string>("Describe"), run.Output<string>("Describe"));
        Assert.Equal(expected.Output<long>("Sum_2"), run.Output<long>("Sum_2"));
        Assert.All(run.Steps, s => Assert.Equal(1, s.Attempts));
        Assert.Equal(3000d, run.Steps.Single(s => s.Name == "Sum").Metrics.Single().Value, 1000d);

        // Per step: one create and one log read, everything else from the run's two watches; never a get (no polling).
        var calls = cluster.Server.Calls;
        var steps = Fanout.Definition.Nodes.Count;
        Assert.Equal(steps, calls.Count(c => c.Resource == "jobs" && c.Verb == "create"));
        Assert.Equal(steps, calls.Count(c => c.Verb == "log"));
        Assert.DoesNotContain(calls, c => c.Verb == "get");
        Assert.Equal(2, calls.Count(c => c.Verb == "watch"));
        Assert.Equal((2 * steps) + RequestsPerRun, calls.Count);
        var jobEvents = calls.Where(c => c.Verb == "watch" && c.Resource == "jobs").Sum(c => c.EventsSent);
        var podEvents = calls.Where(c => c.Verb == "watch" && c.Resource == "pods").Sum(c => c.EventsSent);
        output.WriteLine($"{steps} steps: {calls.Count} requests ({RequestsPerRun} per run, 2 per step: create, log); watch events: {jobEvents} on Jobs, {podEvents} on Pods");
        // Each step's Job is seen created, started, active, finished and deleted; its pod created, running, ended and deleted.
        Assert.InRange(jobEvents, 4 * steps, 6 * steps);
        Assert.InRange(podEvents, 4 * steps, 5 * steps);
        AssertNothingLeft(cluster.Server);

        // The driver's Role (k8s render) grants every request the run made.
        var role = Weft.Kubernetes.Tests.Manifests.KubernetesModels.Strict<k8s.Models.V1Role>(
            Weft.Kubernetes.Manifests.ManifestRenderer.Render(Weft.Kubernetes.Tests.Manifests.Renders.Report()).Single(m => m.Kind == "Role"));
        var granted = role.Rules.SelectMany(r => r.Resources.SelectMany(res => r.Verbs.Select(v => $"{res}:{v}"))).ToHashSet(StringComparer.Ordinal);
        Assert.All(calls, c => Assert.Contains($"{(c.Verb == "log" ? "pods/log:get" : $"{c.Resource}:{c.Verb}")}", granted));

        // The pods' console is in each step's log, as with the process orchestrator.
        var log = await File.ReadAllTextAsync(Path.Combine(cluster.Store, run.Steps.Single(s => s.Name == "Sum").LogPath!));
        Assert.Contains("summing ", log, StringComparison.Ordinal);

        // Each step recorded the image its Job launched (WEFT_IMAGE and WEFT_IMAGE_DIGEST in the pod), not this process's.
        Assert.NotEqual(TestImage.Reference, ContainerImage.Current);
        using var store = Weft.Storage.WeftStore.OpenExisting(cluster.Store);
        var details = store.GetRun(run.RunId)!;
        Assert.Equal(ContainerImage.Current, details.Run.Image);
        Assert.All(details.Steps, s => Assert.Equal(TestImage.Reference, s.Image));
    }

    [Fact]
    public async Task StepPastItsTimeLimit_FailsTheRunNamingIt_AfterItsRetries_DeletingEachAttemptsJob()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var jobsWhenAttemptsRan = new List<string[]>();
        cluster.Server.PodRunning += (job, _) =>
        {
            if (job.Metadata.Labels[KubernetesLabels.Step] == "Wait")
            {
                lock (jobsWhenAttemptsRan)
                {
                    jobsWhenAttemptsRan.Add([.. cluster.Server.Jobs.Select(j => j.Metadata.Name)]);
                }
            }
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = await cluster.RunAsync(Slow.Definition);
        var elapsed = clock.Elapsed;

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("Step 'Wait' timed out: it did not finish within its time limit of 5 s ([Step(TimeoutSeconds = 5)]).", run.Error);
        var wait = run.Steps.Single(s => s.Name == "Wait");
        Assert.Equal(StepStatus.Failed, wait.Status);
        Assert.Equal(2, wait.Attempts);
        // The engine stopped each attempt at its limit, long before the sleep ended or Kubernetes' own deadline (limit + 30 s).
        Assert.True(elapsed < TimeSpan.FromSeconds(25), $"took {elapsed}");

        // Each attempt had its own Job, deleted by name when its time was up: the first was gone when the second ran.
        var calls = cluster.Server.Calls;
        Assert.Equal(3, calls.Count(c => c.Verb == "create" && c.Resource == "jobs"));
        var deleted = calls.Where(c => c.Verb == "delete" && c.Resource == "jobs").Select(c => c.Path[(c.Path.LastIndexOf('/') + 1)..]).ToList();
        Assert.Equal(2, deleted.Count);
        Assert.Matches("-wait-1-[0-9a-z]+$", deleted[0]);
        Assert.Matches("-wait-2-[0-9a-z]+$", deleted[1]);
        Assert.Equal(2, jobsWhenAttemptsRan.Count);
        Assert.DoesNotContain(deleted[0], jobsWhenAttemptsRan[1]);
        Assert.DoesNotContain(calls, c => c.Verb == "get");
        AssertNothingLeft(cluster.Server);

        // What each attempt printed before it was stopped is in the step's log.
        var log = await File.ReadAllTextAsync(Path.Combine(cluster.Store, wait.LogPath!));
        Assert.Contains("waiting 60 s, attempt 1", log, StringComparison.Ordinal);
        Assert.Contains("waiting 60 s, attempt 2", log, StringComparison.Ordinal);
    }

    public static TheoryData<string> Faults => ["create 500", "create 429", "create 409", "jobs watch cut", "pods watch cut", "jobs watch cut, then 410 Gone", "watch 500", "log 500"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Faults_AreSurvived_WithTheSameResults(string fault)
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var faults = cluster.Server.Faults;
        switch (fault)
        {
            case "create 500":
                faults.FailRequests(2, 500, c => c.Verb == "create" && c.Resource == "jobs");
                break;
            case "create 429":
                faults.FailRequests(1, 429, c => c.Verb == "create" && c.Resource == "jobs", retryAfterSeconds: 1);
                break;
            case "create 409":
                faults.FailRequests(1, 409, c => c.Verb == "create" && c.Resource == "jobs");
                break;
            case "jobs watch cut":
                faults.CutWatch("jobs", atEvent: 3);
                break;
            case "pods watch cut":
                faults.CutWatch("pods", atEvent: 2);
                break;
            case "jobs watch cut, then 410 Gone":
                faults.CutWatch("jobs", atEvent: 3, expireHistory: true);
                break;
            case "watch 500":
                faults.FailRequests(1, 500, c => c.Verb == "watch" && c.Resource == "pods");
                break;
            case "log 500":
                faults.FailRequests(1, 500, c => c.Verb == "log");
                break;
        }

        var expected = await cluster.RunInProcessAsync(Faulty.Definition);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = await cluster.RunAsync(Faulty.Definition);

        Assert.True(run.Status == RunStatus.Succeeded, $"{fault}: {run.Error}");
        AssertSameResults(expected, run);
        Assert.Equal("ok done", run.Output<string>("Act"));
        var calls = cluster.Server.Calls;
        Assert.True(calls.Any(c => c.StatusCode is >= 400 and < 600 && c.StatusCode != 404) || fault.Contains("cut", StringComparison.Ordinal), $"{fault} was not injected");
        if (fault == "create 429")
        {
            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"Retried before the Retry-After: {clock.Elapsed}");
        }

        if (fault.EndsWith("410 Gone", StringComparison.Ordinal))
        {
            Assert.Equal(2, calls.Count(c => c.Verb == "list" && c.Resource == "jobs"));
        }

        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task FailingStep_FailsTheRun_AsInProcess_AfterItsRetries()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var arguments = new Dictionary<string, object?> { ["mode"] = "fail" };
        var expected = await cluster.RunInProcessAsync(Faulty.Definition, arguments);
        var run = await cluster.RunAsync(Faulty.Definition, arguments);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("Step 'Act' failed: System.InvalidOperationException: deliberate failure", run.Error);
        Assert.Equal(expected.Error, run.Error);
        Assert.Equal(2, run.Steps.Single(s => s.Name == "Act").Attempts);
        // The engine owns attempts: one Job each.
        Assert.Equal(3, cluster.Server.Calls.Count(c => c.Verb == "create" && c.Resource == "jobs"));
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task FlakyStep_SucceedsOnItsSecondAttempt_WhichSeesAttempt2()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var run = await cluster.RunAsync(Faulty.Definition, new Dictionary<string, object?> { ["mode"] = "flaky" });

        Assert.True(run.Status == RunStatus.Succeeded, run.Error);
        Assert.Equal(2, run.Steps.Single(s => s.Name == "Act").Attempts);
        var log = await File.ReadAllTextAsync(Path.Combine(cluster.Store, run.Steps.Single(s => s.Name == "Act").LogPath!));
        Assert.Contains("acting: flaky, attempt 1", log, StringComparison.Ordinal);
        Assert.Contains("acting: flaky, attempt 2", log, StringComparison.Ordinal);
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task OomKilledPod_FailsTheRun_NamingTheMemoryLimit()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        cluster.Server.Faults.OomKill(job => job.Metadata.Labels[KubernetesLabels.Step] == "Act", times: 2);
        var run = await cluster.RunAsync(Faulty.Definition);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Matches(
            @"^Step 'Act' failed: its container ran out of memory in pod \S+ \(OOMKilled, exit code 137\): it needs more than its memory limit of 256Mi; raise \[Resources\(Memory = ""\.\.\.""\)\]\.$",
            run.Error);
        Assert.Equal(2, run.Steps.Single(s => s.Name == "Act").Attempts);
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task JobDeletedFromOutside_FailsTheRun_NamingIt()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        cluster.Server.PodRunning += (job, _) =>
        {
            if (job.Metadata.Labels[KubernetesLabels.Step] == "Act")
            {
                cluster.Server.DeleteJobFromOutside(job.Metadata.NamespaceProperty, job.Metadata.Name);
            }
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = await cluster.RunAsync(Faulty.Definition, new Dictionary<string, object?> { ["mode"] = "sleep" });

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Matches(@"^Step 'Act' failed: its Job weft-test/\S+ was deleted from outside the run before it finished \(kubectl delete, or another controller\)\.$", run.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"took {clock.Elapsed}: the sleeping step was not stopped");
        AssertNothingLeft(cluster.Server);
    }

    [Fact]
    public async Task Cancellation_CancelsTheRun_AndDeletesItsJobs()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        using var cancel = new CancellationTokenSource();
        cluster.Server.PodRunning += (job, _) =>
        {
            if (job.Metadata.Labels[KubernetesLabels.Step] == "Act")
            {
                cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
            }
        };
        var run = await cluster.RunAsync(Faulty.Definition, new Dictionary<string, object?> { ["mode"] = "sleep" }, cancel.Token);

        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.Equal(StepStatus.Cancelled, run.Steps.Single(s => s.Name == "Act").Status);
        AssertNothingLeft(cluster.Server);
        Assert.Contains(cluster.Server.Calls, c => c.Verb == "delete" && c.Resource == "jobs" && c.Query.Contains("propagationPolicy=Background", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreachableCluster_FailsTheRun_WithOneLineNamingIt()
    {
        await using var cluster = await PipelineCluster.StartAsync();
        var address = cluster.Server.BaseUri;
        var client = cluster.Server.CreateClient();
        await cluster.Server.DisposeAsync();
        var executor = new KubernetesExecutor(client, cluster.Options with { ApiRetries = 1 }, TimeSpan.Zero);

        var run = await executor.ExecuteAsync(new ExecutionRequest(Faulty.Definition, new Dictionary<string, object?>(), new RunOptions { StorePath = cluster.Store }), CancellationToken.None);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.StartsWith($"Step 'Prepare' could not be started on Kubernetes: Cannot reach the Kubernetes API server at {address} to create ConfigMap ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', run.Error!);
    }

    private static void AssertSameResults(PipelineRun expected, PipelineRun actual)
    {
        Assert.Equal(expected.Steps.Select(s => s.Name), actual.Steps.Select(s => s.Name));
        foreach (var (want, got) in expected.Steps.Zip(actual.Steps))
        {
            Assert.Equal(want.Status, got.Status);
            Assert.Equal(want.Artifacts.OrderBy(a => a.Key, StringComparer.Ordinal), got.Artifacts.OrderBy(a => a.Key, StringComparer.Ordinal));
        }
    }

    private static void AssertNothingLeft(TestApiServer server)
    {
        Assert.True(server.ServerErrors.Count == 0, string.Join("\n", server.ServerErrors));
        Assert.Empty(server.Jobs);
        Assert.Empty(server.Pods);
        Assert.Empty(server.ConfigMaps);
    }
}
