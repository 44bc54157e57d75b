using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Weft.Kubernetes.Orchestration;

/// <summary>
/// The requests a run makes, each retried through <see cref="ApiRetry"/>, in one namespace. Creating an object that already
/// exists adopts it when it belongs to the same run (an earlier attempt of the same create reached the server), and fails
/// naming the conflict otherwise.
/// </summary>
internal sealed class KubernetesApi(IKubernetes client, string @namespace, ApiRetry retry)
{
    public IKubernetes Client => client;

    public string Namespace => @namespace;

    public ApiRetry Retry => retry;

    public async Task<V1Job> CreateJobAsync(V1Job job, CancellationToken cancellationToken)
    {
        var name = job.Metadata.Name;
        try
        {
            return await retry.RunAsync($"create Job {name}", ct => client.BatchV1.CreateNamespacedJobAsync(job, @namespace, cancellationToken: ct), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (HttpOperationException ex) when (ex.Response?.StatusCode == HttpStatusCode.Conflict)
        {
            var existing = await retry.RunAsync($"read Job {name}", ct => client.BatchV1.ReadNamespacedJobAsync(name, @namespace, cancellationToken: ct), cancellationToken)
                .ConfigureAwait(false);
            return SameRun(existing.Metadata, job.Metadata)
                ? existing
                : throw new KubernetesApiException($"Job {@namespace}/{name} already exists and does not belong to this run; delete it (kubectl delete job -n {@namespace} {name}) or use another namespace.", ex);
        }
    }

    public async Task<V1ConfigMap> CreateConfigMapAsync(V1ConfigMap map, CancellationToken cancellationToken)
    {
        var name = map.Metadata.Name;
        try
        {
            return await retry.RunAsync($"create ConfigMap {name}", ct => client.CoreV1.CreateNamespacedConfigMapAsync(map, @namespace, cancellationToken: ct), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (HttpOperationException ex) when (ex.Response?.StatusCode == HttpStatusCode.Conflict)
        {
            var existing = await retry.RunAsync($"read ConfigMap {name}", ct => client.CoreV1.ReadNamespacedConfigMapAsync(name, @namespace, cancellationToken: ct), cancellationToken)
                .ConfigureAwait(false);
            return SameRun(existing.Metadata, map.Metadata)
                ? existing
                : throw new KubernetesApiException($"ConfigMap {@namespace}/{name} already exists and does not belong to this run.", ex);
        }
    }

    /// <summary>Deletes every Job of the run, their pods with them (propagation Background).</summary>
    public Task DeleteRunJobsAsync(string runId, CancellationToken cancellationToken)
        => retry.RunAsync($"delete the Jobs of run {runId}", ct => client.BatchV1.DeleteCollectionNamespacedJobAsync(
            @namespace, labelSelector: KubernetesLabels.RunSelector(runId), propagationPolicy: "Background", cancellationToken: ct), cancellationToken);

    /// <summary>Deletes one Job and its pods (propagation Background); one that is already gone is fine.</summary>
    public async Task DeleteJobAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await retry.RunAsync($"delete Job {name}", ct => client.BatchV1.DeleteNamespacedJobAsync(
                name, @namespace, propagationPolicy: "Background", cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException ex) when (ex.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone.
        }
    }

    /// <summary>Deletes a ConfigMap and what it owns; one that is already gone is fine.</summary>
    public async Task DeleteConfigMapAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await retry.RunAsync($"delete ConfigMap {name}", ct => client.CoreV1.DeleteNamespacedConfigMapAsync(
                name, @namespace, propagationPolicy: "Background", cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException ex) when (ex.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone: what deleting it was for.
        }
    }

    public Task<V1JobList> ListJobsAsync(string selector, CancellationToken cancellationToken)
        => retry.RunAsync("list Jobs", ct => client.BatchV1.ListNamespacedJobAsync(@namespace, labelSelector: selector, cancellationToken: ct), cancellationToken);

    public Task<V1PodList> ListPodsAsync(string selector, CancellationToken cancellationToken)
        => retry.RunAsync("list Pods", ct => client.CoreV1.ListNamespacedPodAsync(@namespace, labelSelector: selector, cancellationToken: ct), cancellationToken);

    /// <summary>The log of a pod's container; <see langword="null"/> when the pod is gone.</summary>
    public async Task<string?> ReadLogAsync(string pod, string container, CancellationToken cancellationToken)
    {
        try
        {
            return await retry.RunAsync($"read the log of pod {pod}", async ct =>
            {
                using var stream = await client.CoreV1.ReadNamespacedPodLogAsync(pod, @namespace, container: container, cancellationToken: ct).ConfigureAwait(false);
                using var reader = new StreamReader(stream);
                return await reader.ReadToEndAsync(ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException ex) when (ex.Response?.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return null;
        }
    }

    private static bool SameRun(V1ObjectMeta existing, V1ObjectMeta wanted)
        => existing.Labels is { } labels && wanted.Labels is { } want
        && labels.TryGetValue(KubernetesLabels.Run, out var run) && want.TryGetValue(KubernetesLabels.Run, out var wantRun) && run == wantRun
        && (!want.TryGetValue(KubernetesLabels.Step, out var step) || (labels.TryGetValue(KubernetesLabels.Step, out var existingStep) && existingStep == step));
}
