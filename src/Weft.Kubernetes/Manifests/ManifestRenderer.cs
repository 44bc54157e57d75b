using System.Globalization;
using System.Text.Json;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests;

/// <summary>
/// Renders a run's objects from the templates, in the order they are applied: account, role, binding, store claim,
/// parameters, then the Jobs in body order (a topological order), or the driver (a CronJob for a scheduled pipeline), or
/// the Argo Workflow. The same request gives the same text on every machine.
/// </summary>
internal static class ManifestRenderer
{
    public static IReadOnlyList<RenderedManifest> Render(RenderRequest request)
    {
        var model = ManifestPlan.Create(request);
        var templates = new TemplateSet(request.TemplatesDirectory);
        var argo = request.Target == RenderTarget.Argo;
        var target = argo ? "argo" : "kubernetes";
        var manifests = new List<RenderedManifest>
        {
            Render(templates, TemplateSet.ServiceAccount, "ServiceAccount", model.ServiceAccount, model, target, null),
            Render(templates, TemplateSet.Role, "Role", model.Role, model, target, null),
            Render(templates, TemplateSet.RoleBinding, "RoleBinding", model.RoleBinding, model, target, null),
        };
        if (model.RenderStoreClaim)
        {
            manifests.Add(Render(templates, TemplateSet.StoreClaim, "PersistentVolumeClaim", model.StoreClaim, model, target, null));
        }

        manifests.Add(Render(templates, TemplateSet.Parameters, "ConfigMap", model.ParametersName, model, target, null));
        if (argo && model.Schedule is not null)
        {
            manifests.Add(Render(templates, TemplateSet.CronWorkflow, "CronWorkflow", model.WorkflowName, model, target, null));
        }
        else if (argo)
        {
            manifests.Add(Render(templates, TemplateSet.Workflow, "Workflow", model.WorkflowName, model, target, null));
        }
        else if (request.Driver && model.Schedule is not null)
        {
            manifests.Add(Render(templates, TemplateSet.CronJob, "CronJob", model.CronJobName, model, target, null));
        }
        else if (request.Driver)
        {
            manifests.Add(Render(templates, TemplateSet.DriverJob, "Job", model.DriverJobName, model, target, null));
        }
        else
        {
            foreach (var step in model.Steps)
            {
                manifests.Add(Render(templates, TemplateSet.StepJob, "Job", step.JobName, model, target, step));
            }

            manifests.Add(Render(templates, TemplateSet.RecordJob, "Job", model.RecordJobName, model, target, null));
        }

        return manifests;
    }

    /// <summary>The documents as one YAML stream, separated by <c>---</c>.</summary>
    public static string Join(IReadOnlyList<RenderedManifest> manifests)
        => string.Join("---\n", manifests.Select(m => m.Yaml));

    private static RenderedManifest Render(TemplateSet templates, string name, string kind, string objectName, RunModel model, string target, StepModel? step)
    {
        var globals = new ScriptObject();
        globals.Import("q", new Func<object?, string>(Quote));
        globals.Import("indent", new Func<string, int, string>(Indent));
        globals["run"] = model;
        globals["step"] = step;
        globals["target"] = target;
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 0,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = templates,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        string text;
        try
        {
            text = templates.Get(name).Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw CommandLineException.Usage($"Template {name} failed for {kind} '{objectName}': {ex.OriginalMessage} at {ex.Span}.");
        }

        text = text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        return new RenderedManifest(kind, objectName, name, text);
    }

    /// <summary>Each line of <paramref name="text"/> but empty ones <paramref name="spaces"/> further right: an included block nested in a document.</summary>
    private static string Indent(string text, int spaces)
    {
        var pad = new string(' ', spaces);
        return string.Join('\n', text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : pad + l));
    }

    /// <summary>A YAML double-quoted scalar (JSON's string syntax is a subset of it), so no value is ever read as a number, bool or null.</summary>
    private static string Quote(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return JsonSerializer.Serialize(text, ManifestJsonContext.Default.String);
    }
}
