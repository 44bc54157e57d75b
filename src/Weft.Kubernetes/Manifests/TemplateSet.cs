using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests;

/// <summary>
/// The Scriban templates manifests are rendered from: the built-in ones (embedded resources), each replaced by the file of
/// the same name in the user's <c>--templates</c> folder when there is one.
/// </summary>
internal sealed class TemplateSet : ITemplateLoader
{
    public const string ServiceAccount = "service-account.yaml.sbn";
    public const string Role = "role.yaml.sbn";
    public const string RoleBinding = "role-binding.yaml.sbn";
    public const string StoreClaim = "store-claim.yaml.sbn";
    public const string Parameters = "parameters.yaml.sbn";
    public const string StepJob = "step-job.yaml.sbn";
    public const string DriverJob = "driver-job.yaml.sbn";
    public const string CronJob = "cron-job.yaml.sbn";
    public const string Workflow = "workflow.yaml.sbn";
    public const string CronWorkflow = "cron-workflow.yaml.sbn";
    public const string WorkflowSpec = "workflow-spec.yaml.sbn";
    public const string RecordJob = "record-job.yaml.sbn";

    private const string ResourcePrefix = "Weft.Kubernetes.Templates.";

    private static readonly ConcurrentDictionary<string, Template> s_builtIn = new(StringComparer.Ordinal);

    private readonly string? _directory;
    private readonly Dictionary<string, Template> _overrides = new(StringComparer.Ordinal);

    public TemplateSet(string? directory)
    {
        if (directory is not null && !Directory.Exists(directory))
        {
            throw CommandLineException.Usage($"--templates '{directory}' is not a folder. Put templates named like the built-in ones ({string.Join(", ", Names)}) in it.");
        }

        _directory = directory;
    }

    /// <summary>The file names of the built-in templates, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. new[] { ServiceAccount, Role, RoleBinding, StoreClaim, Parameters, StepJob, RecordJob, DriverJob, CronJob, Workflow, CronWorkflow, WorkflowSpec }
            .Order(StringComparer.Ordinal)];

    /// <summary>The template named <paramref name="name"/>: the user's file if the folder has one, else the built-in one.</summary>
    public Template Get(string name)
    {
        if (_directory is not null)
        {
            if (_overrides.TryGetValue(name, out var cached))
            {
                return cached;
            }

            var path = Path.Combine(_directory, name);
            if (File.Exists(path))
            {
                var own = Parse(File.ReadAllText(path), path);
                _overrides[name] = own;
                return own;
            }
        }

        return s_builtIn.GetOrAdd(name, static n => Parse(ReadBuiltIn(n), n));
    }

    /// <summary>A template that another one includes (<c>{{ include "workflow-spec.yaml.sbn" }}</c>): one of the set, by file name.</summary>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        => Names.Contains(templateName, StringComparer.Ordinal)
            ? templateName
            : throw CommandLineException.Usage($"Template {callerSpan.FileName} includes '{templateName}', which is not a template; include one of {string.Join(", ", Names)}.");

    /// <summary>The text of an included template: the user's file if the folder has one, else the built-in one.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (_directory is not null && File.Exists(Path.Combine(_directory, templatePath)))
        {
            return File.ReadAllText(Path.Combine(_directory, templatePath)).ReplaceLineEndings("\n");
        }

        return ReadBuiltIn(templatePath).ReplaceLineEndings("\n");
    }

    /// <inheritdoc cref="Load"/>
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The text of a built-in template.</summary>
    public static string ReadBuiltIn(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The built-in template {name} is missing from {typeof(TemplateSet).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Template Parse(string text, string path)
    {
        var template = Template.Parse(text.ReplaceLineEndings("\n"), path);
        if (template.HasErrors)
        {
            throw CommandLineException.Usage($"Template {path} does not parse: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");
        }

        return template;
    }
}
