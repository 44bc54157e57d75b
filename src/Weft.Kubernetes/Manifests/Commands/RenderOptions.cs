using System.CommandLine;
using System.CommandLine.Parsing;

namespace Weft.Kubernetes.Manifests.Commands;

/// <summary>The options <c>k8s render</c> and <c>k8s apply</c> share: what to render for which run.</summary>
internal sealed class RenderOptions
{
    public Argument<string?> Pipeline { get; } = new("pipeline") { Description = "The pipeline to render.", Arity = ArgumentArity.ZeroOrOne };

    public Option<string?> Image { get; } = new("--image")
    {
        Description = "The image built from this program, which the steps run (default: the pipeline's [Image]; a step's own [Image] wins).",
        HelpName = "reference",
    };

    public Option<string?> Namespace { get; } = new("--namespace", "-n")
    {
        Description = "The namespace of the objects (default: the kubeconfig context's with apply, \"default\" with render).",
        HelpName = "name",
    };

    public Option<string[]> Parameters { get; } = new("--param", "-p")
    {
        Description = "A pipeline parameter, as name=value (repeat for several); the others keep their defaults.",
        HelpName = "name=value",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> StoreClaim { get; } = new("--store-claim")
    {
        Description = $"An existing PersistentVolumeClaim holding the store (default: render one named {RenderRequest.DefaultStoreClaim}).",
        HelpName = "name",
    };

    public Option<string?> Run { get; } = new("--run")
    {
        Description = "The run id the Jobs or the Workflow are named after (default: a new one).",
        HelpName = "id",
    };

    public Option<long?> Seed { get; } = Weft.Cli.SeedOption.Create(
        "The run seed every step's Step.Seed derives from, passed to each step (or to the driver) (default: the fixed seed 'run' uses).");

    public Option<bool> Driver { get; } = new("--driver")
    {
        Description = "Render the Job that runs the orchestrator in the cluster (a CronJob for a [Schedule]d pipeline) instead of one Job per step.",
    };

    public Option<RenderTarget> Target { get; } = new("--target")
    {
        Description = "kubernetes (Jobs, default) or argo (an Argo Workflows Workflow).",
        HelpName = "kubernetes|argo",
        CustomParser = ParseTarget,
    };

    public Option<string?> Templates { get; } = new("--templates")
    {
        Description = "A folder of templates that replace the built-in ones of the same file name (" + string.Join(", ", TemplateSet.Names) + ").",
        HelpName = "dir",
    };

    public IEnumerable<Symbol> All => [Pipeline, Image, Namespace, Parameters, Seed, StoreClaim, Run, Driver, Target, Templates];

    public RenderRequest Request(ParseResult parse, Weft.Cli.CommandLineServices services)
    {
        var definition = services.FindPipeline(parse.GetValue(Pipeline));
        if (parse.GetValue(Driver) && parse.GetValue(Target) == RenderTarget.Argo)
        {
            throw Weft.Cli.CommandLineException.Usage("--driver renders the Weft orchestrator's Job; with --target argo, Argo Workflows orchestrates the steps: use one or the other.");
        }

        var image = parse.GetValue(Image);
        if (image is null && DefaultImage.For(definition, out var guessed) is { } fallback)
        {
            image = fallback;
            if (guessed)
            {
                services.Error.WriteLine($"note: no image given: the manifests name '{image}', the image 'dotnet publish -t:PublishContainer' builds from this program; pass --image <registry/repository@sha256:…> to name the one to run.");
                services.Error.Flush();
            }
        }

        WarnOfUnknownTemplates(parse.GetValue(Templates), services.Error);
        var parameters = parse.GetValue(Parameters) ?? [];
        WarnOfRelativeDataFiles(definition, parameters, services.Error);
        return new RenderRequest
        {
            Definition = definition,
            RunId = parse.GetValue(Run) ?? RunIds.New(),
            Image = image,
            Namespace = parse.GetValue(Namespace) ?? "default",
            Parameters = parameters,
            StoreClaim = parse.GetValue(StoreClaim),
            Driver = parse.GetValue(Driver),
            Seed = parse.GetValue(Seed),
            Target = parse.GetValue(Target),
            TemplatesDirectory = parse.GetValue(Templates),
        };
    }

    /// <summary>A template file whose name is no built-in template's replaces nothing: most likely a misspelt name.</summary>
    private static void WarnOfUnknownTemplates(string? directory, TextWriter error)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.sbn").Order(StringComparer.Ordinal))
        {
            if (!TemplateSet.Names.Contains(Path.GetFileName(path), StringComparer.Ordinal))
            {
                error.WriteLine($"warning: template {path} replaces no built-in template and is not used; the templates are {string.Join(", ", TemplateSet.Names)}.");
                error.Flush();
            }
        }
    }

    /// <summary>
    /// A relative <see cref="DataFile"/> path goes into the ConfigMap as it is, and each pod resolves it against its own
    /// working directory (<c>/app</c> in .NET images), not this machine's: likely not what was meant, so say so. It is not
    /// made absolute here, since this machine's folders are not the pods'.
    /// </summary>
    private static void WarnOfRelativeDataFiles(PipelineDefinition definition, IReadOnlyList<string> pairs, TextWriter error)
    {
        foreach (var pair in pairs)
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var parameter = separator <= 0 ? null : definition.Parameters.FirstOrDefault(p => string.Equals(p.Name, pair[..separator].Trim(), StringComparison.Ordinal));
            object? value;
            try
            {
                value = parameter?.Parse(pair[(separator + 1)..]);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or InvalidCastException)
            {
                // The render reports it as a usage error.
                continue;
            }

            IEnumerable<DataFile> files = value switch
            {
                DataFile file => [file],
                IEnumerable<DataFile> many => many,
                _ => [],
            };
            foreach (var file in files.Where(f => !Path.IsPathRooted(f.Path) && !f.Path.Contains("://", StringComparison.Ordinal)))
            {
                error.WriteLine($"warning: parameter '{parameter!.Name}' is the relative path '{file.Path}': each pod resolves it against its own working directory " +
                    $"(/app in .NET images), not this one; pass the absolute path the file has in the pods, such as a file on the store's volume ({RenderRequest.DefaultStoreMountPath}/{file.Path.Replace('\\', '/').TrimStart('.', '/')}).");
                error.Flush();
            }
        }
    }

    private static RenderTarget ParseTarget(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        switch (text.ToLowerInvariant())
        {
            case "kubernetes":
                return RenderTarget.Kubernetes;
            case "argo":
                return RenderTarget.Argo;
            default:
                result.AddError($"--target '{text}' is not a target: use kubernetes or argo.");
                return RenderTarget.Kubernetes;
        }
    }
}
