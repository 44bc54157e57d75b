using System.CommandLine;
using System.Reflection;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>image containerfile [--base IMAGE] [--app NAME] [--assembly NAME] [--user USER] [--template FILE] [--output FILE]</c>:
/// a Containerfile that puts this program's self-contained publish output on a base image, with the program as
/// entrypoint, for podman or docker users who do not publish with the SDK's container support.
/// </summary>
internal static class ImageCommand
{
    public static Command Create(CommandLineContext context)
    {
        var baseImage = new Option<string?>("--base")
        {
            Description = $"The image to build on (default {ImageCommandModel.DefaultBaseImage}); it needs glibc and, unless it lacks ICU, libicu.",
            HelpName = "image",
        };
        var app = new Option<string?>("--app") { Description = "The image's name (default: the assembly name in lower case).", HelpName = "name" };
        var assembly = new Option<string?>("--assembly") { Description = "The executable to run (default: this program's assembly name).", HelpName = "name" };
        var user = new Option<string?>("--user")
        {
            Description = $"The user the container runs as, a name or uid[:gid] (default {ImageCommandModel.DefaultUser}, the non-root 'app' user).",
            HelpName = "user",
        };
        var invariant = new Option<bool?>("--invariant-globalization")
        {
            Description = "Set invariant globalization in the image (default: only when the base is known to lack ICU: Alpine, chiseled, weft-base).",
            HelpName = "true|false",
        };
        var template = new Option<FileInfo?>("--template") { Description = "A Scriban template of your own instead of the built-in one.", HelpName = "file" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the Containerfile to this file instead of standard output.", HelpName = "file" };

        var containerfile = new Command("containerfile", "Write a Containerfile that runs this program on a base image.")
        {
            baseImage, app, assembly, user, invariant, template, output,
        };
        CommandAction.Set(containerfile, context, async (parse, cancellationToken) =>
        {
            var assemblyName = Checked("--assembly", parse.GetValue(assembly) ?? EntryAssemblyName());
            var appName = Checked("--app", parse.GetValue(app) ?? assemblyName.ToLowerInvariant());
            if (!string.Equals(appName, appName.ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw CommandLineException.Usage($"--app '{appName}' has upper-case letters; image names are lower case.");
            }

            var baseName = Checked("--base", parse.GetValue(baseImage) ?? ImageCommandModel.DefaultBaseImage);
            var model = new ImageCommandModel
            {
                BaseImage = baseName,
                App = appName,
                Assembly = assemblyName,
                User = Checked("--user", parse.GetValue(user) ?? ImageCommandModel.DefaultUser),
                InvariantGlobalization = parse.GetValue(invariant) ?? ImageCommandModel.BaseHasNoIcu(baseName),
                Pipelines = Pipelines(),
            };

            var templateFile = parse.GetValue(template);
            var renderer = templateFile is null
                ? ImageCommandTemplate.BuiltIn()
                : await ImageCommandTemplate.LoadAsync(templateFile.FullName, cancellationToken).ConfigureAwait(false);
            var text = renderer.Render(model);

            var outputFile = parse.GetValue(output);
            if (outputFile is null)
            {
                context.Output.Write(text);
                context.Output.Flush();
            }
            else
            {
                await OutputFile.WriteAsync(outputFile.FullName, System.Text.Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });

        return new Command("image", "Container images of this program.") { containerfile };
    }

    private static string EntryAssemblyName()
        => Assembly.GetEntryAssembly()?.GetName().Name
           ?? throw CommandLineException.Usage("This program has no entry assembly to name; pass --assembly <name>.");

    /// <summary>A value goes into the Containerfile verbatim: one that would break a line or a quoted word is refused.</summary>
    private static string Checked(string option, string value)
    {
        if (value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\\'))
        {
            throw CommandLineException.Usage($"{option} '{OneLine.Of(value)}' is empty or has spaces, quotes, backslashes or control characters.");
        }

        return value;
    }

    private static IReadOnlyList<ImageCommandPipeline> Pipelines()
        => PipelineCatalog.Names
            .Select(name => PipelineCatalog.TryGet(name, out var definition)
                ? new ImageCommandPipeline(name, definition.Nodes.Select(n => n.Name).ToList())
                : new ImageCommandPipeline(name, []))
            .ToList();
}
