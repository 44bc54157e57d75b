using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Weft.Kubernetes.Manifests;

namespace Weft.Kubernetes.Tests.Manifests.Standalone;

/// <summary>
/// A rendered Argo Workflow (or the spec of a CronWorkflow) read as Argo would run it: the DAG's tasks in an order that
/// respects their dependencies, each task's container args with <c>$(VAR)</c> expanded from the ConfigMap as Kubernetes
/// expands them, and the exit handler's args; the store's mount path mapped to a folder on this machine.
/// </summary>
internal sealed partial class RenderedWorkflow
{
    private readonly JsonObject _spec;
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly string _mountPath;
    private readonly string _hostStore;

    private readonly string? _workflowName;

    /// <param name="manifests">The rendered objects.</param>
    /// <param name="hostStore">The folder that stands for the store's volume.</param>
    /// <param name="mountPath">Where the pods mount the store.</param>
    /// <param name="workflowName">The name Argo gives the Workflow a CronWorkflow starts, substituted for <c>{{workflow.name}}</c>.</param>
    public RenderedWorkflow(IReadOnlyList<RenderedManifest> manifests, string hostStore, string mountPath = "/weft/store", string? workflowName = null)
    {
        _workflowName = workflowName;
        var workflow = (JsonObject)YamlJson.Read(manifests.Single(m => m.Kind is "Workflow" or "CronWorkflow").Yaml)!;
        _spec = (JsonObject)(workflow["kind"]!.GetValue<string>() == "Workflow" ? workflow["spec"]! : workflow["spec"]!["workflowSpec"]!);
        var configMap = (JsonObject)YamlJson.Read(manifests.Single(m => m.Kind == "ConfigMap").Yaml)!;
        _parameters = configMap["data"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
        _mountPath = mountPath;
        _hostStore = hostStore;
    }

    /// <summary>Reads the documents of a YAML stream as <c>k8s render</c> prints it.</summary>
    public static IReadOnlyList<RenderedManifest> Documents(string yaml)
        => [.. yaml.Split("---\n").Select(d => new RenderedManifest(
            d.Split('\n').Single(l => l.StartsWith("kind: ", StringComparison.Ordinal))["kind: ".Length..], "", "", d))];

    /// <summary>The DAG's task names in a dependency order (ties in the DAG's own order).</summary>
    public IReadOnlyList<string> TaskOrder()
    {
        var tasks = _spec["templates"]!.AsArray().Single(t => t!["dag"] is not null)!["dag"]!["tasks"]!.AsArray()
            .Select(t => (Name: t!["name"]!.GetValue<string>(), Needs: t["dependencies"]?.AsArray().Select(d => d!.GetValue<string>()).ToList() ?? []))
            .ToList();
        var done = new List<string>();
        while (done.Count < tasks.Count)
        {
            var next = tasks.First(t => !done.Contains(t.Name) && t.Needs.All(done.Contains));
            done.Add(next.Name);
        }

        return done;
    }

    /// <summary>The args of the container of the task named <paramref name="task"/>, as its pod runs them here.</summary>
    public string[] CommandOf(string task) => Args(Template(_spec["templates"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == task)!));

    /// <summary>The args of the exit handler's container.</summary>
    public string[] ExitCommand() => CommandOf(_spec["onExit"]!.GetValue<string>());

    private static JsonObject Template(JsonNode template) => (JsonObject)template["container"]!;

    private string[] Args(JsonObject container)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in container["env"]?.AsArray() ?? [])
        {
            var key = variable!["valueFrom"]!["configMapKeyRef"]!["key"]!.GetValue<string>();
            env[variable["name"]!.GetValue<string>()] = _parameters[key];
        }

        return [.. container["args"]!.AsArray().Select(a =>
        {
            var text = Reference().Replace(a!.GetValue<string>(), m => env.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
            if (_workflowName is not null)
            {
                text = text.Replace("{{workflow.name}}", _workflowName, StringComparison.Ordinal);
            }

            return text == _mountPath ? _hostStore : text;
        })];
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex Reference();
}
