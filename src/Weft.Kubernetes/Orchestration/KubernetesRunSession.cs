using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Weft.Kubernetes.Orchestration;

/// <summary>
/// A run's presence in the cluster: the ConfigMap that stands for the run and owns its Jobs, the run's watches, and the
/// cleanup that deletes every Job of the run (their pods with them) when it ends, however it ends.
/// </summary>
internal sealed class KubernetesRunSession : IAsyncDisposable
{
    private readonly KubernetesApi _api;
    private readonly ILogger _log;
    private readonly string _runId;
    private readonly string _pipeline;
    private RunWatch? _watch;
    private V1OwnerReference? _owner;

    public KubernetesRunSession(KubernetesApi api, string runId, string pipeline, KubernetesOrchestratorOptions options, ILogger log)
    {
        _api = api;
        _runId = runId;
        _pipeline = pipeline;
        Options = options;
        _log = log;
    }

    public KubernetesOrchestratorOptions Options { get; }

    /// <summary>This process's session of the run: part of every Job name, so that a resumed run never meets an earlier session's Jobs.</summary>
    public string Session { get; } = Guid.NewGuid().ToString("N")[..8];

    public string Namespace => _api.Namespace;

    /// <summary>Creates the run's ConfigMap and starts the watches (three requests).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var map = new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta
            {
                Name = KubernetesLabels.RunObjectName(_runId),
                NamespaceProperty = _api.Namespace,
                Labels = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [KubernetesLabels.ManagedBy] = "weft",
                    [KubernetesLabels.Run] = KubernetesLabels.LabelValue(_runId),
                    [KubernetesLabels.Pipeline] = KubernetesLabels.LabelValue(_pipeline),
                },
            },
            Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["run"] = _runId, ["pipeline"] = _pipeline },
        };
        if (Options.OwnerPod is { } pod)
        {
            // Without blockOwnerDeletion, which would need the right to update the pod's finalizers.
            map.Metadata.OwnerReferences = [new V1OwnerReference { ApiVersion = "v1", Kind = "Pod", Name = pod.Name, Uid = pod.Uid }];
        }

        var created = await _api.CreateConfigMapAsync(map, cancellationToken).ConfigureAwait(false);
        _owner = new V1OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = created.Metadata.Name, Uid = created.Metadata.Uid };
        _watch = new RunWatch(_api, _runId, Options, _log);
        await _watch.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one step's Job to its end (see <see cref="StepJobRunner"/>).</summary>
    public Task<StepJobOutcome> RunStepAsync(StepJobRequest request, string logPath, CancellationToken cancellationToken)
    {
        var watch = _watch ?? throw new InvalidOperationException("The run session has not started.");
        var job = StepJobManifest.Build(request with { Owner = _owner, Namespace = _api.Namespace, Session = Session });
        return new StepJobRunner(_api, watch).RunAsync(job, logPath, cancellationToken);
    }

    /// <summary>
    /// Stops one step's attempt that was cancelled or ran out of time: copies what its pods logged so far into
    /// <paramref name="logPath"/>, then deletes its Job, its pods with it.
    /// </summary>
    public async Task StopStepAsync(StepJobRequest request, string logPath, CancellationToken cancellationToken)
    {
        var name = StepJobManifest.NameOf(request with { Session = Session });
        if (_watch is not null)
        {
            try
            {
                await new StepJobRunner(_api, _watch).CopyLogsSoFarAsync(name, logPath, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is KubernetesApiException or OperationCanceledException or k8s.Autorest.HttpOperationException or IOException)
            {
                // The log is worth one try; stopping the pod is what matters.
                LogStoppedLogLost(_log, name, ex);
            }
        }

        await _api.DeleteJobAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the run's Jobs (and their pods) and its ConfigMap, even when the run was cancelled.</summary>
    public async ValueTask DisposeAsync()
    {
        // Cleanup must happen whatever cancelled the run, but not hang forever on a cluster that stopped answering.
        using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            if (_owner is not null)
            {
                await _api.DeleteRunJobsAsync(_runId, cleanup.Token).ConfigureAwait(false);
                await _api.DeleteConfigMapAsync(_owner.Name, cleanup.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is KubernetesApiException or OperationCanceledException or k8s.Autorest.HttpOperationException)
        {
            LogCleanupFailed(_log, _runId, _api.Namespace, ex);
        }
        finally
        {
            if (_watch is not null)
            {
                await _watch.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static readonly Action<ILogger, string, Exception?> LogStoppedLogLost = LoggerMessage.Define<string>(
        LogLevel.Warning, new EventId(111, "StoppedLogLost"), "The log of the stopped Job {Job} could not be copied");

    private static readonly Action<ILogger, string, string, Exception?> LogCleanupFailed = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(110, "CleanupFailed"),
        "The Jobs of run {Run} could not be deleted; delete them with kubectl delete jobs,configmaps -n {Namespace} -l weft.dev/run=<run>");
}
