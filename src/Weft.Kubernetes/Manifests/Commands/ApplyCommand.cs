using System.CommandLine;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests.Commands;

/// <summary><c>k8s apply &lt;pipeline&gt; [options]</c>: renders the objects as <c>k8s render</c> does and sends them to the cluster.</summary>
internal static class ApplyCommand
{
    public static Command Create(CommandLineServices services)
    {
        var options = new RenderOptions();
        var kubeconfig = new Option<string?>("--kubeconfig")
        {
            Description = "The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config, else the pod's service account in a cluster).",
            HelpName = "file",
        };
        var context = new Option<string?>("--context") { Description = "The kubeconfig context (default: its current context).", HelpName = "name" };
        var command = new Command("apply",
            "Render the objects as 'k8s render' does and create them in the cluster, replacing those that exist. " +
            "Use --driver (or --target argo) to start a run that orders its steps in the cluster.");
        foreach (var symbol in options.All)
        {
            RenderCommand.Add(command, symbol);
        }

        command.Options.Add(kubeconfig);
        command.Options.Add(context);
        services.SetAction(command, async (parse, cancellationToken) =>
        {
            var request = options.Request(parse, services);
            using var client = ClusterConnection.Connect(parse.GetValue(kubeconfig), parse.GetValue(context), out var contextNamespace);
            if (parse.GetValue(options.Namespace) is null && contextNamespace is not null)
            {
                // Without --namespace the objects go where the kubeconfig context points, as kubectl and the orchestrator do.
                request = request with { Namespace = contextNamespace };
            }

            var manifests = ManifestRenderer.Render(request);
            var lines = await new ManifestApplier(client).ApplyAsync(manifests, cancellationToken).ConfigureAwait(false);
            foreach (var line in lines)
            {
                services.Output.WriteLine(line);
            }

            services.Output.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
