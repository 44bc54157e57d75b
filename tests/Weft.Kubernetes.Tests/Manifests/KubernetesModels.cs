using k8s;
using k8s.Models;
using Weft.Kubernetes.Manifests;

namespace Weft.Kubernetes.Tests.Manifests;

/// <summary>Reads a rendered object back with KubernetesClient's model of its kind, rejecting any field the model does not have.</summary>
internal static class KubernetesModels
{
    public static object Parse(RenderedManifest manifest) => manifest.Kind switch
    {
        "ServiceAccount" => Strict<V1ServiceAccount>(manifest),
        "Role" => Strict<V1Role>(manifest),
        "RoleBinding" => Strict<V1RoleBinding>(manifest),
        "PersistentVolumeClaim" => Strict<V1PersistentVolumeClaim>(manifest),
        "ConfigMap" => Strict<V1ConfigMap>(manifest),
        "Job" => Strict<V1Job>(manifest),
        "CronJob" => Strict<V1CronJob>(manifest),
        _ => throw new InvalidOperationException($"No KubernetesClient model for {manifest.Kind}."),
    };

    public static T Strict<T>(RenderedManifest manifest)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var value = KubernetesYaml.Deserialize<T>(manifest.Yaml, strict: true);
        Assert.Equal(manifest.Kind, value.Kind);
        Assert.Equal(manifest.Name, value.Metadata.Name);
        return value;
    }
}
