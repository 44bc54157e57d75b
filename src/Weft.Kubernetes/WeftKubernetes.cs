using Weft.Cli;
using Weft.Kubernetes.Manifests.Commands;

namespace Weft.Kubernetes;

/// <summary>
/// Adds Weft.Kubernetes to a program: the <c>k8s render|apply</c> commands on its command line, and the <c>kubernetes</c>
/// orchestrator (<see cref="KubernetesExecutor"/>, configured from the environment) for <c>run --orchestrator kubernetes</c>
/// and <see cref="RunOptions.Orchestrator"/>. The generated entrypoint
/// calls <see cref="Register"/> when the project references Weft.Kubernetes; a hand-written <c>Main</c> calls it before
/// <see cref="WeftCommandLine.RunAsync(string[])"/>.
/// </summary>
public static class WeftKubernetes
{
    /// <summary>
    /// Registers the <c>k8s</c> command and the <c>kubernetes</c> orchestrator (unless the program registered its own).
    /// Calling it more than once is harmless.
    /// </summary>
    public static void Register()
    {
        WeftCommandLine.AddCommand(KubernetesCommand.Name, KubernetesCommand.Create);
        if (!PipelineRunner.Orchestrators.Contains(KubernetesOrchestratorName.Value, StringComparer.OrdinalIgnoreCase))
        {
            PipelineRunner.RegisterOrchestrator(KubernetesOrchestratorName.Value, new KubernetesExecutor());
        }
    }
}
