using k8s;
using k8s.Exceptions;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests;

/// <summary>
/// Connects to the cluster the user means: <c>--kubeconfig</c>, else <c>$KUBECONFIG</c> or <c>~/.kube/config</c>, else the
/// pod's own service account when running in a cluster. Anything missing is one line saying where it looked.
/// </summary>
internal static class ClusterConnection
{
    public static IKubernetes Connect(string? kubeconfig, string? context) => Connect(kubeconfig, context, out _);

    /// <summary>Connects, and gives the namespace of the kubeconfig context (or of the pod), if it names one.</summary>
    public static IKubernetes Connect(string? kubeconfig, string? context, out string? contextNamespace)
    {
        KubernetesClientConfiguration configuration;
        try
        {
            if (kubeconfig is null && context is null && KubernetesClientConfiguration.IsInCluster())
            {
                configuration = KubernetesClientConfiguration.InClusterConfig();
            }
            else
            {
                var path = kubeconfig ?? Orchestration.KubernetesConnection.DefaultKubeconfig();
                if (!File.Exists(path))
                {
                    throw new CommandLineException(ExitCodes.ClusterError, kubeconfig is not null
                        ? $"Kubeconfig '{kubeconfig}' does not exist; pass the path of an existing one with --kubeconfig."
                        : $"No Kubernetes cluster is configured: there is no kubeconfig at {path} and this is not a pod in a cluster; " +
                          "pass --kubeconfig <file>, set KUBECONFIG, or render the objects with 'k8s render' instead.");
                }

                configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(path, context);
            }
        }
        catch (KubeConfigException ex)
        {
            throw new CommandLineException(ExitCodes.ClusterError, $"The Kubernetes configuration cannot be used: {ex.Message}", ex);
        }

        contextNamespace = string.IsNullOrWhiteSpace(configuration.Namespace) ? null : configuration.Namespace;
        return new k8s.Kubernetes(configuration);
    }
}
