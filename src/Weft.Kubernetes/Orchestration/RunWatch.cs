using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Weft.Kubernetes.Orchestration;

/// <summary>
/// Follows a run's Jobs and Pods through two watches (label <see cref="KubernetesLabels.Run"/>), so that a step learns
/// how its Job ended without polling. A watch that drops is resumed from the last resourceVersion it delivered; one
/// answered 410 Gone (the version is no longer kept) lists again and resumes from the list. Objects that vanished while
/// no watch was open are seen as deleted by that list.
/// </summary>
internal sealed partial class RunWatch : IAsyncDisposable
{
    /// <summary>Waiting reasons of a container that mean its pod can never start on its own.</summary>
    private static readonly HashSet<string> s_cannotStart = new(StringComparer.Ordinal)
    {
        "ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull", "CreateContainerConfigError", "CreateContainerError",
    };

    private readonly KubernetesApi _api;
    private readonly KubernetesOrchestratorOptions _options;
    private readonly string _selector;
    private readonly ILogger _log;
    private readonly object _gate = new();
    private readonly Dictionary<string, JobTrack> _jobs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _podsChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _failure;
    private Task _jobsLoop = Task.CompletedTask;
    private Task _podsLoop = Task.CompletedTask;

    public RunWatch(KubernetesApi api, string runId, KubernetesOrchestratorOptions options, ILogger log)
    {
        _api = api;
        _options = options;
        _selector = KubernetesLabels.RunSelector(runId);
        _log = log;
    }

    /// <summary>Lists the run's Jobs and Pods (there are none for a new run) and starts watching from there.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var jobs = await _api.ListJobsAsync(_selector, cancellationToken).ConfigureAwait(false);
        ReconcileJobs(jobs.Items);
        var pods = await _api.ListPodsAsync(_selector, cancellationToken).ConfigureAwait(false);
        ReconcilePods(pods.Items);
        _jobsLoop = Task.Run(() => WatchJobsAsync(jobs.Metadata.ResourceVersion, _stop.Token), CancellationToken.None);
        _podsLoop = Task.Run(() => WatchPodsAsync(pods.Metadata.ResourceVersion, _stop.Token), CancellationToken.None);
    }

    /// <summary>Starts following a Job before it is created, so that no event about it is missed.</summary>
    public void Expect(string job)
    {
        lock (_gate)
        {
            Track(job);
        }
    }

    /// <summary>Takes in a Job as a create (or an adopted existing one) returned it.</summary>
    public void Observe(V1Job job) => Apply(WatchEventType.Added, job, fromCreate: true);

    /// <summary>How the Job ended, once it has.</summary>
    /// <exception cref="KubernetesApiException">The run lost its watch of the cluster.</exception>
    public Task<JobEnd> WaitForEndAsync(string job, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Track(job).End.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The Job's pods, oldest first, once each has ended (or after <paramref name="patience"/>: the pod watch may trail the
    /// Job watch by an event).
    /// </summary>
    public async Task<IReadOnlyList<V1Pod>> SettledPodsAsync(string job, TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            Task changed;
            List<V1Pod> pods;
            bool settled;
            lock (_gate)
            {
                var track = Track(job);
                pods = [.. track.Pods.Values.OrderBy(p => p.Metadata.CreationTimestamp).ThenBy(p => p.Metadata.Name, StringComparer.Ordinal)];
                settled = track.Pods.Count > 0 && track.Pods.Values.All(p => track.DeletedPods.Contains(p.Metadata.Name) || Ended(p));
                changed = _podsChanged.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (settled || left <= TimeSpan.Zero || _failure is not null)
            {
                return pods;
            }

            try
            {
                await changed.WaitAsync(left, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return pods;
            }
        }
    }

    /// <summary>The Job's pods seen so far, oldest first, whether or not they have ended.</summary>
    public IReadOnlyList<V1Pod> PodsOf(string job)
    {
        lock (_gate)
        {
            return _jobs.TryGetValue(job, out var track)
                ? [.. track.Pods.Values.OrderBy(p => p.Metadata.CreationTimestamp).ThenBy(p => p.Metadata.Name, StringComparer.Ordinal)]
                : [];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_jobsLoop, _podsLoop).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A loop ends by failing the run's waiters; how it ended does not concern the run's cleanup.
        }

        _stop.Dispose();
    }

    private static bool Ended(V1Pod pod) => pod.Status?.Phase is "Succeeded" or "Failed";

    private JobTrack Track(string job)
    {
        if (!_jobs.TryGetValue(job, out var track))
        {
            track = new JobTrack();
            _jobs[job] = track;
            if (_failure is not null)
            {
                track.End.TrySetException(_failure);
            }
        }

        return track;
    }

    private void Apply(WatchEventType type, V1Job job, bool fromCreate = false)
    {
        lock (_gate)
        {
            var track = Track(job.Metadata.Name);
            if (fromCreate && track.Job is not null)
            {
                return;
            }

            if (type == WatchEventType.Deleted)
            {
                track.End.TrySetResult(new JobEnd(JobEndKind.Deleted, track.Job ?? job, "Deleted", null));
                return;
            }

            track.Job = job;
            foreach (var condition in job.Status?.Conditions ?? [])
            {
                if (condition.Status != "True")
                {
                    continue;
                }

                if (condition.Type == "Complete")
                {
                    track.End.TrySetResult(new JobEnd(JobEndKind.Succeeded, job, condition.Reason, condition.Message));
                }
                else if (condition.Type == "Failed")
                {
                    track.End.TrySetResult(new JobEnd(JobEndKind.Failed, job, condition.Reason, condition.Message));
                }
            }
        }
    }

    private void Apply(WatchEventType type, V1Pod pod)
    {
        var job = JobOf(pod);
        if (job is null)
        {
            return;
        }

        TaskCompletionSource changed;
        lock (_gate)
        {
            var track = Track(job);
            track.Pods[pod.Metadata.Name] = pod;
            if (type == WatchEventType.Deleted)
            {
                track.DeletedPods.Add(pod.Metadata.Name);
            }
            else if (pod.Status?.ContainerStatuses?.FirstOrDefault()?.State?.Waiting is { } waiting && waiting.Reason is { } reason && s_cannotStart.Contains(reason))
            {
                track.End.TrySetResult(new JobEnd(JobEndKind.CannotStart, track.Job, reason, waiting.Message));
            }

            changed = _podsChanged;
            _podsChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private static string? JobOf(V1Pod pod)
        => pod.Metadata.Labels is { } labels && (labels.TryGetValue("batch.kubernetes.io/job-name", out var job) || labels.TryGetValue("job-name", out job)) ? job : null;

    private void ReconcileJobs(IList<V1Job> jobs)
    {
        var present = new HashSet<string>(jobs.Select(j => j.Metadata.Name), StringComparer.Ordinal);
        List<V1Job> vanished;
        lock (_gate)
        {
            // A Job this run knew that the list lacks was deleted while no watch was open.
            vanished = [.. _jobs.Where(j => j.Value.Job is not null && !present.Contains(j.Key)).Select(j => j.Value.Job!)];
        }

        foreach (var job in jobs)
        {
            Apply(WatchEventType.Modified, job);
        }

        foreach (var job in vanished)
        {
            Apply(WatchEventType.Deleted, job);
        }
    }

    private void ReconcilePods(IList<V1Pod> pods)
    {
        var present = new HashSet<string>(pods.Select(p => p.Metadata.Name), StringComparer.Ordinal);
        List<V1Pod> vanished;
        lock (_gate)
        {
            vanished = [.. _jobs.Values.SelectMany(t => t.Pods.Values.Where(p => !present.Contains(p.Metadata.Name) && !t.DeletedPods.Contains(p.Metadata.Name)))];
        }

        foreach (var pod in pods)
        {
            Apply(WatchEventType.Modified, pod);
        }

        foreach (var pod in vanished)
        {
            Apply(WatchEventType.Deleted, pod);
        }
    }

    private Task WatchJobsAsync(string resourceVersion, CancellationToken stop) => WatchAsync<V1Job>(
        "Jobs",
        resourceVersion,
        (version, onError, ct) => _api.Client.BatchV1.WatchListNamespacedJobAsync(_api.Namespace, allowWatchBookmarks: true, labelSelector: _selector,
            resourceVersion: version, timeoutSeconds: (int)_options.WatchTimeout.TotalSeconds, onError: onError, cancellationToken: ct),
        async ct =>
        {
            var list = await _api.ListJobsAsync(_selector, ct).ConfigureAwait(false);
            ReconcileJobs(list.Items);
            return list.Metadata.ResourceVersion;
        },
        (type, job) => Apply(type, job),
        stop);

    private Task WatchPodsAsync(string resourceVersion, CancellationToken stop) => WatchAsync<V1Pod>(
        "Pods",
        resourceVersion,
        (version, onError, ct) => _api.Client.CoreV1.WatchListNamespacedPodAsync(_api.Namespace, allowWatchBookmarks: true, labelSelector: _selector,
            resourceVersion: version, timeoutSeconds: (int)_options.WatchTimeout.TotalSeconds, onError: onError, cancellationToken: ct),
        async ct =>
        {
            var list = await _api.ListPodsAsync(_selector, ct).ConfigureAwait(false);
            ReconcilePods(list.Items);
            return list.Metadata.ResourceVersion;
        },
        (type, pod) => Apply(type, pod),
        stop);

    private async Task WatchAsync<T>(string what, string resourceVersion,
        Func<string, Action<Exception>, CancellationToken, IAsyncEnumerable<(WatchEventType, T)>> open, Func<CancellationToken, Task<string>> relist,
        Action<WatchEventType, T> apply, CancellationToken stop)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var gone = false;
            Exception? error = null;
            TimeSpan? retryAfter = null;
            var opened = DateTime.UtcNow;
            var delivered = false;
            try
            {
                var events = open(resourceVersion, e =>
                {
                    if (e is KubernetesException { Status.Code: (int)HttpStatusCode.Gone })
                    {
                        gone = true;
                    }
                    else
                    {
                        error = e;
                    }
                }, stop);
                await foreach (var (type, item) in events.ConfigureAwait(false))
                {
                    failures = 0;
                    delivered = true;
                    resourceVersion = item.Metadata?.ResourceVersion is { Length: > 0 } version ? version : resourceVersion;
                    if (type != WatchEventType.Bookmark)
                    {
                        apply(type, item);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpOperationException ex) when (ex.Response?.StatusCode == HttpStatusCode.Gone)
            {
                gone = true;
            }
            catch (HttpOperationException ex) when (ApiRetry.IsTransient(ex.Response?.StatusCode))
            {
                error = ex;
                retryAfter = ex.Response?.StatusCode == HttpStatusCode.TooManyRequests ? _api.Retry.RetryAfter(ex) : null;
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or JsonException)
            {
                error = ex;
            }
            catch (Exception ex)
            {
                Fail(new KubernetesApiException($"The watch of the run's {what} failed: {ex.GetType().Name}: {ex.Message}", ex));
                return;
            }

            // A watch the server closes at once, again and again, without an event, must not become a busy loop of requests.
            if (!gone && error is null && !delivered && DateTime.UtcNow - opened < TimeSpan.FromSeconds(1))
            {
                error = new IOException("The watch ended as soon as it opened.");
            }

            try
            {
                if (gone)
                {
                    LogRelisting(_log, what, resourceVersion, null);
                    resourceVersion = await relist(stop).ConfigureAwait(false);
                    continue;
                }

                if (error is not null)
                {
                    failures++;
                    if (failures > _options.ApiRetries)
                    {
                        Fail(new KubernetesApiException(
                            $"The watch of the run's {what} at {_api.Retry.Server} kept failing ({failures} times); last: {error.GetType().Name}: {error.Message}", error));
                        return;
                    }

                    var delay = retryAfter ?? _api.Retry.Backoff(failures);
                    LogRewatching(_log, what, resourceVersion, delay, error);
                    await Task.Delay(delay, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (KubernetesApiException ex)
            {
                Fail(ex);
                return;
            }
            catch (Exception ex)
            {
                Fail(new KubernetesApiException($"Listing the run's {what} again failed: {ex.GetType().Name}: {ex.Message}", ex));
                return;
            }
        }
    }

    private void Fail(Exception failure)
    {
        List<JobTrack> tracks;
        lock (_gate)
        {
            _failure ??= failure;
            tracks = [.. _jobs.Values];
        }

        foreach (var track in tracks)
        {
            track.End.TrySetException(failure);
        }

        _podsChanged.TrySetResult();
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "The watch of {What} was answered 410 Gone at resourceVersion {Version}; listing again")]
    private static partial void LogRelisting(ILogger logger, string what, string version, Exception? error);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "The watch of {What} dropped at resourceVersion {Version}; resuming from it in {Delay}")]
    private static partial void LogRewatching(ILogger logger, string what, string version, TimeSpan delay, Exception? error);
}
