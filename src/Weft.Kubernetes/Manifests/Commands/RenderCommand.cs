using System.CommandLine;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests.Commands;

/// <summary><c>k8s render &lt;pipeline&gt; [options]</c>: prints (or writes) the objects of a run.</summary>
internal static class RenderCommand
{
    public static Command Create(CommandLineServices services)
    {
        var options = new RenderOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "A folder to write one file per object into (default: print one YAML stream).",
            HelpName = "dir",
        };
        var command = new Command("render",
            "Print the Kubernetes objects of a run: service account, role, store claim, parameters, and one Job per step " +
            "(what the kubernetes orchestrator creates), or the in-cluster driver (--driver), or an Argo Workflow (--target argo).");
        foreach (var symbol in options.All)
        {
            Add(command, symbol);
        }

        command.Options.Add(output);
        services.SetAction(command, (parse, _) =>
        {
            var manifests = ManifestRenderer.Render(options.Request(parse, services));
            if (parse.GetValue(output) is { } directory)
            {
                var written = ManifestFiles.Write(directory, manifests);
                foreach (var path in written)
                {
                    services.Output.WriteLine(path);
                }

                var removed = ManifestFiles.RemoveEarlier(directory, written);
                if (removed.Count > 0)
                {
                    services.Error.WriteLine($"note: removed {(removed.Count == 1 ? "1 file" : removed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " files")} an earlier render wrote into {directory}, so that it holds this render only: "
                        + string.Join(", ", removed.Select(Path.GetFileName)) + ".");
                    services.Error.Flush();
                }
            }
            else
            {
                services.Output.Write(ManifestRenderer.Join(manifests));
            }

            services.Output.Flush();
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    internal static void Add(Command command, System.CommandLine.Symbol symbol)
    {
        switch (symbol)
        {
            case Argument argument:
                command.Arguments.Add(argument);
                break;
            case Option option:
                command.Options.Add(option);
                break;
        }
    }
}
