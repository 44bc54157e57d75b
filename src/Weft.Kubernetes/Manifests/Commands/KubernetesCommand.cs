using System.CommandLine;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests.Commands;

/// <summary><c>k8s render|apply</c>: the Kubernetes commands Weft.Kubernetes adds to the program's command line.</summary>
internal static class KubernetesCommand
{
    public const string Name = "k8s";

    public static Command Create(CommandLineServices services)
        => new(Name, "Render a pipeline's run as Kubernetes objects (Jobs, CronJob, Argo Workflow), apply them to a cluster, or record a run of them.")
        {
            RenderCommand.Create(services),
            ApplyCommand.Create(services),
            RecordCommand.Create(services),
        };
}
