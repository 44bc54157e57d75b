using k8s;
using k8s.Exceptions;

namespace Weft.Kubernetes.Orchestration;

/// <summary>
/// The cluster the orchestrator runs steps on: the pod's own service account when it runs in a cluster, else
/// <c>$KUBECONFIG</c> (its first file) or <c>~/.kube/config</c>. What is missing is one line saying where it looked.
/// </summary>
internal static class KubernetesConnection
{
    public static (IKubernetes Client, string Server, string? Namespace) Connect()
    {
        KubernetesClientConfiguration configuration;
        try
        {
            if (KubernetesClientConfiguration.IsInCluster())
            {
                configuration = KubernetesClientConfiguration.InClusterConfig();
            }
            else
            {
                var path = DefaultKubeconfig();
                if (!File.Exists(path))
                {
                    throw new KubernetesApiException(NotConfigured(path));
                }

                configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(path);
            }
        }
        catch (KubeConfigException ex)
        {
            throw new KubernetesApiException($"The Kubernetes configuration cannot be used: {ex.Message}", ex);
        }

        return (new k8s.Kubernetes(configuration), configuration.Host, configuration.Namespace);
    }

    /// <summary>The first file of <c>$KUBECONFIG</c> (a path list), else <c>~/.kube/config</c>.</summary>
    internal static string DefaultKubeconfig()
    {
        var variable = Environment.GetEnvironmentVariable("KUBECONFIG");
        var first = variable?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        // DoNotVerify: a home folder that does not exist (common in containers) would otherwise be "", and the path relative.
        return first ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify), ".kube", "config");
    }

    /// <summary>
    /// Whether <see cref="Connect"/> has a configuration to read (it does not reach the cluster); when not, the one line
    /// <see cref="Connect"/> would fail with.
    /// </summary>
    public static bool IsConfigured(out string? problem)
    {
        var path = DefaultKubeconfig();
        problem = KubernetesClientConfiguration.IsInCluster() || File.Exists(path) ? null : NotConfigured(path);
        return problem is null;
    }

    private static string NotConfigured(string path)
        => $"No Kubernetes cluster is configured: there is no kubeconfig at {path} and this is not a pod in a cluster; set KUBECONFIG to the cluster's kubeconfig.";
}
