using System.Net;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests;

/// <summary>
/// Sends rendered objects to the API in order, creating each or, when it exists, replacing it. A Job or Workflow of the
/// same name is deleted and created again (their specs cannot be changed in place; a CronWorkflow likewise); an existing store claim is kept as it
/// is, since it holds the store.
/// </summary>
internal sealed class ManifestApplier
{
    private const string ArgoGroup = "argoproj.io";
    private const string ArgoVersion = "v1alpha1";
    private const string WorkflowPlural = "workflows";
    private const string CronWorkflowPlural = "cronworkflows";
    private static readonly TimeSpan s_deleteWait = TimeSpan.FromSeconds(60);

    private readonly IKubernetes _client;

    public ManifestApplier(IKubernetes client) => _client = client;

    /// <summary>Applies <paramref name="manifests"/>; returns one line per object saying what was done.</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(IReadOnlyList<RenderedManifest> manifests, CancellationToken cancellationToken)
    {
        var lines = new List<string>(manifests.Count);
        foreach (var manifest in manifests)
        {
            var what = $"{manifest.Kind.ToLowerInvariant()}/{manifest.Name}";
            try
            {
                var outcome = await ApplyAsync(manifest, cancellationToken).ConfigureAwait(false);
                lines.Add($"{what} {outcome}");
            }
            catch (HttpOperationException ex)
            {
                throw new CommandLineException(ExitCodes.ClusterError,
                    $"The cluster refused {what}: {(int)ex.Response.StatusCode} {ex.Response.StatusCode}: {StatusMessage(ex)}", ex);
            }
            catch (HttpRequestException ex)
            {
                throw new CommandLineException(ExitCodes.ClusterError,
                    $"Cannot reach the Kubernetes API at {_client.BaseUri}: {ex.Message} Check that the cluster is running and the kubeconfig names its address.", ex);
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CommandLineException(ExitCodes.ClusterError, $"The Kubernetes API at {_client.BaseUri} did not answer in time while applying {what}.", ex);
            }
        }

        return lines;
    }

    private Task<string> ApplyAsync(RenderedManifest manifest, CancellationToken ct)
    {
        var yaml = manifest.Yaml;
        return manifest.Kind switch
        {
            "ServiceAccount" => UpsertAsync(KubernetesYaml.Deserialize<V1ServiceAccount>(yaml),
                o => _client.CoreV1.CreateNamespacedServiceAccountAsync(o, o.Namespace(), cancellationToken: ct),
                o => _client.CoreV1.ReadNamespacedServiceAccountAsync(o.Name(), o.Namespace(), cancellationToken: ct),
                o => _client.CoreV1.ReplaceNamespacedServiceAccountAsync(o, o.Name(), o.Namespace(), cancellationToken: ct)),
            "Role" => UpsertAsync(KubernetesYaml.Deserialize<V1Role>(yaml),
                o => _client.RbacAuthorizationV1.CreateNamespacedRoleAsync(o, o.Namespace(), cancellationToken: ct),
                o => _client.RbacAuthorizationV1.ReadNamespacedRoleAsync(o.Name(), o.Namespace(), cancellationToken: ct),
                o => _client.RbacAuthorizationV1.ReplaceNamespacedRoleAsync(o, o.Name(), o.Namespace(), cancellationToken: ct)),
            "RoleBinding" => UpsertAsync(KubernetesYaml.Deserialize<V1RoleBinding>(yaml),
                o => _client.RbacAuthorizationV1.CreateNamespacedRoleBindingAsync(o, o.Namespace(), cancellationToken: ct),
                o => _client.RbacAuthorizationV1.ReadNamespacedRoleBindingAsync(o.Name(), o.Namespace(), cancellationToken: ct),
                o => _client.RbacAuthorizationV1.ReplaceNamespacedRoleBindingAsync(o, o.Name(), o.Namespace(), cancellationToken: ct)),
            "ConfigMap" => UpsertAsync(KubernetesYaml.Deserialize<V1ConfigMap>(yaml),
                o => _client.CoreV1.CreateNamespacedConfigMapAsync(o, o.Namespace(), cancellationToken: ct),
                o => _client.CoreV1.ReadNamespacedConfigMapAsync(o.Name(), o.Namespace(), cancellationToken: ct),
                o => _client.CoreV1.ReplaceNamespacedConfigMapAsync(o, o.Name(), o.Namespace(), cancellationToken: ct)),
            "CronJob" => UpsertAsync(KubernetesYaml.Deserialize<V1CronJob>(yaml),
                o => _client.BatchV1.CreateNamespacedCronJobAsync(o, o.Namespace(), cancellationToken: ct),
                o => _client.BatchV1.ReadNamespacedCronJobAsync(o.Name(), o.Namespace(), cancellationToken: ct),
                o => _client.BatchV1.ReplaceNamespacedCronJobAsync(o, o.Name(), o.Namespace(), cancellationToken: ct)),
            "PersistentVolumeClaim" => CreateOrKeepClaimAsync(KubernetesYaml.Deserialize<V1PersistentVolumeClaim>(yaml), ct),
            "Job" => RecreateJobAsync(KubernetesYaml.Deserialize<V1Job>(yaml), ct),
            "Workflow" => RecreateArgoObjectAsync(manifest, WorkflowPlural, ct),
            "CronWorkflow" => RecreateArgoObjectAsync(manifest, CronWorkflowPlural, ct),
            _ => throw new CommandLineException(ExitCodes.UsageError, $"Template {manifest.Template} rendered a {manifest.Kind}, which 'k8s apply' does not know how to send."),
        };
    }

    private static async Task<string> UpsertAsync<T>(T body, Func<T, Task<T>> create, Func<T, Task<T>> read, Func<T, Task<T>> replace)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        try
        {
            await create(body).ConfigureAwait(false);
            return "created";
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.Conflict)
        {
            var existing = await read(body).ConfigureAwait(false);
            body.Metadata.ResourceVersion = existing.Metadata.ResourceVersion;
            await replace(body).ConfigureAwait(false);
            return "replaced";
        }
    }

    private async Task<string> CreateOrKeepClaimAsync(V1PersistentVolumeClaim claim, CancellationToken ct)
    {
        try
        {
            await _client.CoreV1.CreateNamespacedPersistentVolumeClaimAsync(claim, claim.Namespace(), cancellationToken: ct).ConfigureAwait(false);
            return "created";
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.Conflict)
        {
            return "kept (it holds the store)";
        }
    }

    private async Task<string> RecreateJobAsync(V1Job job, CancellationToken ct)
    {
        var name = job.Name();
        var ns = job.Namespace();
        try
        {
            await _client.BatchV1.CreateNamespacedJobAsync(job, ns, cancellationToken: ct).ConfigureAwait(false);
            return "created";
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.Conflict)
        {
            await _client.BatchV1.DeleteNamespacedJobAsync(name, ns, propagationPolicy: "Background", cancellationToken: ct).ConfigureAwait(false);
            await WaitGoneAsync(() => _client.BatchV1.ReadNamespacedJobAsync(name, ns, cancellationToken: ct), $"job/{name}", ct).ConfigureAwait(false);
            await _client.BatchV1.CreateNamespacedJobAsync(job, ns, cancellationToken: ct).ConfigureAwait(false);
            return "replaced";
        }
    }

    private async Task<string> RecreateArgoObjectAsync(RenderedManifest manifest, string plural, CancellationToken ct)
    {
        var body = YamlJson.Read(manifest.Yaml) as JsonObject
            ?? throw new CommandLineException(ExitCodes.UsageError, $"Template {manifest.Template} rendered no object.");
        var ns = body["metadata"]?["namespace"]?.GetValue<string>() ?? "default";
        try
        {
            await _client.CustomObjects.CreateNamespacedCustomObjectAsync(body, ArgoGroup, ArgoVersion, ns, plural, cancellationToken: ct).ConfigureAwait(false);
            return "created";
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.Conflict)
        {
            await _client.CustomObjects.DeleteNamespacedCustomObjectAsync(ArgoGroup, ArgoVersion, ns, plural, manifest.Name, cancellationToken: ct).ConfigureAwait(false);
            await WaitGoneAsync(
                () => _client.CustomObjects.GetNamespacedCustomObjectAsync(ArgoGroup, ArgoVersion, ns, plural, manifest.Name, cancellationToken: ct),
                $"{manifest.Kind.ToLowerInvariant()}/{manifest.Name}", ct).ConfigureAwait(false);
            await _client.CustomObjects.CreateNamespacedCustomObjectAsync(body, ArgoGroup, ArgoVersion, ns, plural, cancellationToken: ct).ConfigureAwait(false);
            return "replaced";
        }
    }

    // Deletion is asynchronous (finalizers, dependents); creating again before the old object is gone would conflict.
    private static async Task WaitGoneAsync(Func<Task> read, string what, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + s_deleteWait;
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                await read().ConfigureAwait(false);
            }
            catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.NotFound)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new CommandLineException(ExitCodes.ClusterError, $"{what} was deleted to be replaced but is still there after {s_deleteWait.TotalSeconds:0} s; try again once it is gone.");
            }

            await Task.Delay(delay, ct).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
        }
    }

    private static string StatusMessage(HttpOperationException ex)
    {
        var content = ex.Response.Content;
        if (!string.IsNullOrWhiteSpace(content))
        {
            try
            {
                if (JsonNode.Parse(content)?["message"]?.GetValue<string>() is { Length: > 0 } message)
                {
                    return message;
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Not a Status object: the raw text says more than nothing.
            }

            return OneLineText(content);
        }

        return ex.Message;
    }

    private static string OneLineText(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
