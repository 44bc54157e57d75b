using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Weft.Kubernetes.Orchestration;

/// <summary>
/// Launches each step attempt as a Kubernetes Job (see <see cref="StepJobManifest"/>) and turns how the Job ended into what
/// the engine understands: an exit code when the container ran to an end, or a failure that names the cause (out of memory,
/// a pod that cannot start, a Job deleted from outside, the cluster unreachable). Runs are opened and closed by
/// <see cref="KubernetesExecutor"/>; a run's cluster session starts with its first launch.
/// </summary>
internal sealed class KubernetesStepLauncher : StepLauncher
{
    private readonly KubernetesOrchestratorOptions _options;
    private readonly Func<KubernetesApi> _connect;
    private readonly ConcurrentDictionary<string, RunEntry> _runs = new(StringComparer.Ordinal);

    public KubernetesStepLauncher(KubernetesOrchestratorOptions options, Func<KubernetesApi> connect)
    {
        _options = options;
        _connect = connect;
    }

    /// <summary>Makes the run known; its cluster session starts with its first launch.</summary>
    public void Open(string runId, string pipeline, ILoggerFactory? loggerFactory)
    {
        var log = loggerFactory?.CreateLogger("Weft.Kubernetes") ?? (ILogger)NullLogger.Instance;
        _runs[runId] = new RunEntry(new Lazy<Task<KubernetesRunSession>>(() => StartSessionAsync(runId, pipeline, log), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>Ends the run's session: deletes its Jobs (their pods with them) and its ConfigMap.</summary>
    public async Task CloseAsync(string runId)
    {
        if (!_runs.TryRemove(runId, out var entry) || !entry.Session.IsValueCreated)
        {
            return;
        }

        KubernetesRunSession session;
        try
        {
            session = await entry.Session.Value.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is KubernetesApiException or OperationCanceledException or k8s.Autorest.HttpOperationException)
        {
            // The session never started: there is nothing of the run in the cluster.
            return;
        }

        await session.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A pod sees only its image and the store's volume: the run's data files are imported into the store.</summary>
    public override bool SharesFileSystem => false;

    public override async Task<int> LaunchAsync(StepLaunch launch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var node = launch.Node;
        if (!_runs.TryGetValue(launch.Task.RunId, out var entry))
        {
            throw new InvalidOperationException($"Run {launch.Task.RunId} was not opened on this launcher; run it through KubernetesExecutor.");
        }

        KubernetesRunSession session;
        try
        {
            session = await entry.Session.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (KubernetesApiException ex)
        {
            throw new StepProcessException($"could not be started on Kubernetes: {ex.Message}");
        }
        catch (k8s.Autorest.HttpOperationException ex)
        {
            throw new StepProcessException($"could not be started on Kubernetes: {Answer(ex)}");
        }

        var request = new StepJobRequest
        {
            RunId = launch.Task.RunId,
            Pipeline = launch.Pipeline.Name,
            Node = node.Name,
            Namespace = session.Namespace,
            Image = KubernetesExecutor.ImageOf(launch.Pipeline, node, _options)!,
            Options = _options,
            Resources = node.Policy.Resources ?? launch.Pipeline.Resources,
            Attempt = launch.Task.Attempt,
            Timeout = node.Policy.Timeout,
        };

        StepJobOutcome outcome;
        try
        {
            outcome = await session.RunStepAsync(request, launch.Files.StdoutPath, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run was cancelled or the attempt ran out of time: its pod must stop now, not when the run ends, and what
            // it logged until then goes to the step's log.
            using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await session.StopStepAsync(request, launch.Files.StdoutPath, cleanup.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is KubernetesApiException or OperationCanceledException or k8s.Autorest.HttpOperationException)
            {
                // The run's cleanup deletes it with the run's other Jobs.
            }

            throw;
        }
        catch (KubernetesApiException ex)
        {
            throw new StepProcessException($"could not be run on Kubernetes: {ex.Message}");
        }
        catch (k8s.Autorest.HttpOperationException ex)
        {
            throw new StepProcessException($"could not be run on Kubernetes: {Answer(ex)}");
        }

        return ExitCode(outcome, request);
    }

    /// <summary>The container's exit code, or the failure that explains a Job that ended without one.</summary>
    private static int ExitCode(StepJobOutcome outcome, StepJobRequest request)
    {
        var end = outcome.End;
        var job = $"{request.Namespace}/{end.Job?.Metadata.Name}";
        var terminated = outcome.Terminated;
        var pod = outcome.Pods.Count == 0 ? null : outcome.Pods[^1].Metadata.Name;
        switch (end.Kind)
        {
            case JobEndKind.Succeeded:
                return 0;
            case JobEndKind.Deleted:
                throw new StepProcessException($"failed: its Job {job} was deleted from outside the run before it finished (kubectl delete, or another controller).");
            case JobEndKind.CannotStart:
                throw new StepProcessException(
                    $"could not start: the image '{request.Image}' of its Job {job} cannot be used ({end.Reason}{(string.IsNullOrEmpty(end.Message) ? "" : ": " + end.Message)}); check [Image] (or WEFT_IMAGE) and the cluster's access to the registry.");
        }

        if (terminated?.Reason == "OOMKilled")
        {
            var memoryLimit = request.Resources?.Memory is { } memory ? $"its memory limit of {memory}" : "the memory it was given";
            throw new StepProcessException(string.Create(CultureInfo.InvariantCulture,
                $"failed: its container ran out of memory in pod {pod} (OOMKilled, exit code {terminated.ExitCode}): it needs more than {memoryLimit}; raise [Resources(Memory = \"...\")]."),
                exitCode: terminated.ExitCode);
        }

        if (end.Reason == "DeadlineExceeded" && request.Timeout is { } timeLimit)
        {
            throw new StepTimeoutException(timeLimit);
        }

        if (terminated is not null)
        {
            return terminated.ExitCode;
        }

        throw new StepProcessException($"failed: its Job {job} failed ({end.Reason}: {end.Message}) without a pod that ran to an end.");
    }

    private static string Answer(k8s.Autorest.HttpOperationException ex)
        => ex.Response is { } response
            ? string.Create(CultureInfo.InvariantCulture, $"the API server answered {(int)response.StatusCode} {response.ReasonPhrase}: {ApiRetry.Message(ex)}")
            : ex.Message;

    private async Task<KubernetesRunSession> StartSessionAsync(string runId, string pipeline, ILogger log)
    {
        var api = _connect();
        var session = new KubernetesRunSession(api, runId, pipeline, _options, log);
        try
        {
            // Shared by the run's steps: one step's cancellation must not fail the others' start.
            await session.StartAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return session;
    }

    private sealed record RunEntry(Lazy<Task<KubernetesRunSession>> Session);
}
