using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Weft.Cli.Commands;

/// <summary>
/// A Containerfile template (Scriban) and its rendering: the built-in one embedded in this assembly, or a user's file.
/// The only code of the command line that touches Scriban: the model goes in as Scriban's own objects (strings,
/// booleans, arrays), never as .NET objects Scriban would read by reflection.
/// </summary>
internal sealed class ImageCommandTemplate
{
    private const string BuiltInResourceName = "Weft.Cli.Commands.ImageCommand.Containerfile.scriban";

    private readonly Template _template;

    private ImageCommandTemplate(Template template, string source)
    {
        _template = template;
        Source = source;
    }

    /// <summary>Where the template came from, for error messages.</summary>
    public string Source { get; }

    /// <summary>The template this assembly carries.</summary>
    public static ImageCommandTemplate BuiltIn()
    {
        using var stream = typeof(ImageCommandTemplate).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"The built-in Containerfile template ({BuiltInResourceName}) is missing from {typeof(ImageCommandTemplate).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the built-in Containerfile template");
    }

    /// <summary>Reads and parses the user's template at <paramref name="path"/>.</summary>
    /// <exception cref="CommandLineException">The file cannot be read or the template does not parse.</exception>
    public static async Task<ImageCommandTemplate> LoadAsync(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CommandLineException.Usage($"Cannot read the template '{path}': {ex.Message}");
        }

        return Parse(text, $"template '{path}'");
    }

    /// <summary>Renders the template with <paramref name="model"/>'s values, with <c>\n</c> line ends whatever the template had.</summary>
    /// <exception cref="CommandLineException">The template uses a variable the model lacks, or fails while rendering.</exception>
    public string Render(ImageCommandModel model)
    {
        var pipelines = new ScriptArray();
        foreach (var pipeline in model.Pipelines)
        {
            var steps = new ScriptArray();
            foreach (var step in pipeline.Steps)
            {
                steps.Add(step);
            }

            var item = new ScriptObject();
            item.SetValue("name", pipeline.Name, readOnly: true);
            item.SetValue("steps", steps, readOnly: true);
            pipelines.Add(item);
        }

        var globals = new ScriptObject();
        globals.SetValue("base_image", model.BaseImage, readOnly: true);
        globals.SetValue("app", model.App, readOnly: true);
        globals.SetValue("assembly", model.Assembly, readOnly: true);
        globals.SetValue("user", model.User, readOnly: true);
        globals.SetValue("workdir", ImageCommandModel.WorkingDirectory, readOnly: true);
        globals.SetValue("invariant_globalization", model.InvariantGlobalization, readOnly: true);
        globals.SetValue("pipelines", pipelines, readOnly: true);

        // A misspelt variable in a user's template is an error here rather than an empty spot in the Containerfile.
        var context = new TemplateContext { StrictVariables = true, NewLine = "\n", LoopLimit = 10_000 };
        context.PushGlobal(globals);
        try
        {
            return _template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw CommandLineException.Usage($"Rendering {Source} failed at {ex.Span.ToStringSimple()}: {ex.OriginalMessage.TrimEnd('.')}. "
                + "Variables: app, assembly, base_image, invariant_globalization, pipelines (name, steps), user, workdir.");
        }
    }

    private static ImageCommandTemplate Parse(string text, string source)
    {
        var template = Template.Parse(text.ReplaceLineEndings("\n"), source);
        if (template.HasErrors)
        {
            throw CommandLineException.Usage($"{char.ToUpperInvariant(source[0])}{source[1..]} does not parse: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");
        }

        return new ImageCommandTemplate(template, source);
    }
}
