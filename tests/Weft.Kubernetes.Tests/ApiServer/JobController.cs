using System.Collections.Concurrent;
using System.Globalization;
using k8s;
using k8s.Models;

namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// What the Job controller and the kubelet do in the test cluster: a created Job gets a pod, the pod's container runs as a
/// local process (<see cref="ContainerProcess"/>), and pod and Job statuses move as Kubernetes moves them: Pending, Running,
/// then Succeeded or Failed with the container's terminated state; a failed pod is replaced until <c>backoffLimit</c>,
/// then the Job fails (<c>BackoffLimitExceeded</c>), or at <c>activeDeadlineSeconds</c> (<c>DeadlineExceeded</c>).
/// </summary>
internal sealed class JobController : IDisposable
{
    private readonly ClusterState _cluster;
    private readonly FaultPlan _faults;
    private readonly IReadOnlyDictionary<string, HostEntrypoint> _images;
    private readonly IReadOnlyDictionary<string, string> _claims;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _jobs = new();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pods = new();
    private readonly ConcurrentDictionary<string, ContainerProcess> _containers = new();
    private readonly CancellationTokenSource _shutdown = new();

    /// <summary>Where each pod's view of the files (<see cref="PodFileSystem"/>) is laid out while it runs.</summary>
    private readonly string _podsRoot = Path.Combine(Path.GetTempPath(), "weft-test-pods", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentBag<Task> _running = [];
    private bool _disposed;

    public JobController(ClusterState cluster, FaultPlan faults, IReadOnlyDictionary<string, HostEntrypoint> images, IReadOnlyDictionary<string, string> claims)
    {
        _cluster = cluster;
        _faults = faults;
        _images = images;
        _claims = claims;
        cluster.Created += OnCreated;
        cluster.Deleted += OnDeleted;
    }

    /// <summary>Called when a pod's container starts running.</summary>
    public event Action<V1Job, V1Pod>? PodRunning;

    /// <summary>The log of a pod's container so far; <see langword="null"/> for a pod that never ran.</summary>
    public string? LogOf(string @namespace, string pod) => _containers.TryGetValue(@namespace + "/" + pod, out var c) ? c.Log : null;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _shutdown.Cancel();
        try
        {
            Task.WaitAll([.. _running], TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Shutting down: a job's failure has been reported through its status already.
        }

        _shutdown.Dispose();
        try
        {
            Directory.Delete(_podsRoot, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // No pod ran a container.
        }
    }

    private void OnCreated(ObjectKey key, IKubernetesObject<V1ObjectMeta> item)
    {
        if (item is V1Job job)
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(_shutdown.Token);
            _jobs[Id(key)] = stop;
            _running.Add(Task.Run(() => RunJobAsync(key, job, stop.Token)));
        }
    }

    private void OnDeleted(ObjectKey key, IKubernetesObject<V1ObjectMeta> item)
    {
        var sources = key.Resource switch
        {
            "jobs" => _jobs,
            "pods" => _pods,
            _ => null,
        };
        if (sources is not null && sources.TryRemove(Id(key), out var stop))
        {
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The pod finished as it was deleted.
            }
        }
    }

    private async Task RunJobAsync(ObjectKey key, V1Job job, CancellationToken stop)
    {
        var backoffLimit = job.Spec.BackoffLimit ?? 6;
        var started = DateTime.UtcNow;
        using var deadline = job.Spec.ActiveDeadlineSeconds is { } seconds
            ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds))
            : new CancellationTokenSource();
        _cluster.Update<V1Job>(key, j => j.Status = new V1JobStatus { StartTime = started, Active = 0, Failed = 0, Succeeded = 0 });
        var failed = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var exitCode = await RunPodAsync(key, job, failed, deadline.Token, stop);
                if (exitCode is null || stop.IsCancellationRequested)
                {
                    return;
                }

                if (exitCode == 0)
                {
                    var now = DateTime.UtcNow;
                    _cluster.Update<V1Job>(key, j =>
                    {
                        j.Status.Active = 0;
                        j.Status.Succeeded = 1;
                        j.Status.Ready = 0;
                        j.Status.CompletionTime = now;
                        j.Status.Conditions =
                        [
                            Condition("SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods", now),
                            Condition("Complete", "CompletionsReached", "Reached expected number of succeeded pods", now),
                        ];
                    });
                    return;
                }

                failed++;
                var (reason, message) = deadline.IsCancellationRequested
                    ? ("DeadlineExceeded", "Job was active longer than specified deadline")
                    : failed > backoffLimit ? ("BackoffLimitExceeded", "Job has reached the specified backoff limit") : (null, null);
                _cluster.Update<V1Job>(key, j =>
                {
                    j.Status.Active = 0;
                    j.Status.Ready = 0;
                    j.Status.Failed = failed;
                    if (reason is not null)
                    {
                        var now = DateTime.UtcNow;
                        j.Status.Conditions = [Condition("FailureTarget", reason, message!, now), Condition("Failed", reason, message!, now)];
                    }
                });
                if (reason is not null)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The Job was deleted or the server is shutting down.
        }
    }

    /// <summary>Runs one pod of the Job; its container's exit code, or <see langword="null"/> when the pod was deleted first.</summary>
    /// <summary>The container with each variable taken from a ConfigMap (<c>valueFrom.configMapKeyRef</c>) given its value, as the kubelet does.</summary>
    private V1Container WithConfigMapValues(string @namespace, V1Container container)
    {
        if (container.Env is null || !container.Env.Any(e => e.ValueFrom?.ConfigMapKeyRef is not null))
        {
            return container;
        }

        var env = container.Env.Select(variable =>
        {
            if (variable.ValueFrom?.ConfigMapKeyRef is not { } reference)
            {
                return variable;
            }

            var map = _cluster.Get<V1ConfigMap>(new ObjectKey("configmaps", @namespace, reference.Name));
            var value = map?.Data?.TryGetValue(reference.Key, out var found) == true ? found
                : throw new InvalidOperationException($"Variable {variable.Name}: ConfigMap {@namespace}/{reference.Name} has no key '{reference.Key}' (the kubelet would not start the pod).");
            return new V1EnvVar { Name = variable.Name, Value = value };
        }).ToList();
        return new V1Container { Name = container.Name, Image = container.Image, Command = container.Command, Args = container.Args, Env = env, VolumeMounts = container.VolumeMounts };
    }

    private async Task<int?> RunPodAsync(ObjectKey jobKey, V1Job job, int attempt, CancellationToken deadline, CancellationToken stop)
    {
        var name = job.Metadata.Name + "-" + Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.Next()))[..5];
        var template = job.Spec.Template;
        var labels = new Dictionary<string, string>(template.Metadata?.Labels ?? new Dictionary<string, string>())
        {
            ["batch.kubernetes.io/job-name"] = job.Metadata.Name,
            ["job-name"] = job.Metadata.Name,
            ["batch.kubernetes.io/controller-uid"] = job.Metadata.Uid,
            ["controller-uid"] = job.Metadata.Uid,
        };
        var pod = new V1Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new V1ObjectMeta
            {
                Name = name,
                NamespaceProperty = jobKey.Namespace,
                Labels = labels,
                Annotations = new Dictionary<string, string> { ["batch.kubernetes.io/job-tracking"] = "", ["weft.test/attempt"] = (attempt + 1).ToString(CultureInfo.InvariantCulture) },
                OwnerReferences = [new V1OwnerReference { ApiVersion = "batch/v1", Kind = "Job", Name = job.Metadata.Name, Uid = job.Metadata.Uid, BlockOwnerDeletion = true, Controller = true }],
            },
            Spec = template.Spec,
            Status = new V1PodStatus { Phase = "Pending" },
        };
        var podKey = new ObjectKey("pods", jobKey.Namespace, name);
        using var podStop = CancellationTokenSource.CreateLinkedTokenSource(stop);
        _pods[Id(podKey)] = podStop;
        try
        {
            return await RunContainerAsync(jobKey, job, pod, podKey, deadline, podStop.Token);
        }
        finally
        {
            _pods.TryRemove(Id(podKey), out _);
        }
    }

    private async Task<int?> RunContainerAsync(ObjectKey jobKey, V1Job job, V1Pod pod, ObjectKey podKey, CancellationToken deadline, CancellationToken podStop)
    {
        var template = job.Spec.Template;
        if (_cluster.Create("pods", pod) is null)
        {
            return null;
        }

        _cluster.Update<V1Job>(jobKey, j => j.Status.Active = 1);
        var container = template.Spec.Containers[0];
        var containerProcess = new ContainerProcess();
        _containers[Id(podKey)] = containerProcess;
        if (!_images.TryGetValue(container.Image, out var entrypoint))
        {
            _cluster.Update<V1Pod>(podKey, p => p.Status.ContainerStatuses = [new V1ContainerStatus
            {
                Name = container.Name,
                Image = container.Image,
                ImageID = "",
                Ready = false,
                RestartCount = 0,
                State = new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = "ErrImagePull", Message = $"failed to pull image \"{container.Image}\": not found" } },
            }]);
            await Task.Delay(Timeout.Infinite, podStop).ContinueWith(_ => { }, TaskScheduler.Default);
            return null;
        }

        var startedAt = DateTime.UtcNow;
        var running = _cluster.Update<V1Pod>(podKey, p =>
        {
            p.Spec.NodeName = "weft-test-node";
            p.Status.Phase = "Running";
            p.Status.StartTime = startedAt;
            p.Status.ContainerStatuses = [Status(container, new V1ContainerState { Running = new V1ContainerStateRunning { StartedAt = startedAt } })];
        });
        if (running is null)
        {
            return null;
        }

        PodRunning?.Invoke(job, running);
        int exitCode;
        string reason;
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(podStop, deadline);
        if (_faults.TakeOom(job))
        {
            containerProcess.Append("Killed");
            exitCode = 137;
            reason = "OOMKilled";
        }
        else
        {
            using var files = PodFileSystem.Create(_podsRoot, podKey.Name, Mounts(template.Spec, container));
            exitCode = await containerProcess.RunAsync(entrypoint, WithConfigMapValues(jobKey.Namespace, container), files, kill.Token);
            reason = exitCode == 0 ? "Completed" : "Error";
        }

        if (podStop.IsCancellationRequested)
        {
            return null;
        }

        var finishedAt = DateTime.UtcNow;
        _cluster.Update<V1Pod>(podKey, p =>
        {
            p.Status.Phase = exitCode == 0 ? "Succeeded" : "Failed";
            p.Status.ContainerStatuses = [Status(container, new V1ContainerState
            {
                Terminated = new V1ContainerStateTerminated { ExitCode = exitCode, Reason = reason, StartedAt = startedAt, FinishedAt = finishedAt },
            })];
        });
        return exitCode;
    }

    private Dictionary<string, string> Mounts(V1PodSpec spec, V1Container container)
    {
        var mounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mount in container.VolumeMounts ?? [])
        {
            var volume = spec.Volumes?.FirstOrDefault(v => v.Name == mount.Name)
                ?? throw new InvalidOperationException($"Container mounts volume '{mount.Name}', which the pod does not declare.");
            if (volume.EmptyDir is not null)
            {
                // A scratch folder (the rendered Jobs' /tmp): the process uses the host's own.
                continue;
            }

            var claim = volume.PersistentVolumeClaim?.ClaimName
                ?? throw new NotSupportedException($"Volume '{mount.Name}' is not a persistentVolumeClaim; the test server maps only claims.");
            mounts[mount.MountPath.TrimEnd('/')] = _claims.TryGetValue(claim, out var host)
                ? host
                : throw new InvalidOperationException($"Claim '{claim}' is not bound to a host folder in the test server.");
        }

        return mounts;
    }

    private static V1ContainerStatus Status(V1Container container, V1ContainerState state) => new()
    {
        Name = container.Name,
        Image = container.Image,
        ImageID = container.Image,
        ContainerID = "test://" + Guid.NewGuid().ToString("N"),
        Ready = state.Running is not null,
        Started = state.Running is not null,
        RestartCount = 0,
        State = state,
    };

    private static V1JobCondition Condition(string type, string reason, string message, DateTime at) => new()
    {
        Type = type,
        Status = "True",
        Reason = reason,
        Message = message,
        LastProbeTime = at,
        LastTransitionTime = at,
    };

    private static string Id(ObjectKey key) => key.Namespace + "/" + key.Name;
}
