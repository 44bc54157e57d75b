using Weft.Cli;
using Weft.Kubernetes.Manifests.Commands;

namespace Weft.Kubernetes;

/// <summary>
/// Adds Weft.Kubernetes to a program: the <c>k8s render|apply</c> commands on its command line. The generated entrypoint
/// calls <see cref="Register"/> when the project references Weft.Kubernetes; a hand-written <c>Main</c> calls it before
/// <see cref="WeftCommandLine.RunAsync(string[])"/>.
/// </summary>
public static class WeftKubernetes
{
    /// <summary>Registers the <c>k8s</c> command. Calling it more than once is harmless.</summary>
    public static void Register()
    {
        WeftCommandLine.AddCommand(KubernetesCommand.Name, KubernetesCommand.Create);
    }
}
