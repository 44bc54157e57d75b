using System.Text.Json.Nodes;
using Weft.Kubernetes.Manifests;

namespace Weft.Kubernetes.Tests.Manifests.ArgoSchema;

/// <summary>The rendered Argo Workflow against Argo's own types (vendored from @kubernetes-models/argo-workflows).</summary>
public sealed class ArgoWorkflowSchemaTests
{
    private static readonly Lazy<ArgoSchema> s_schema = new(() => ArgoSchema.Load(Path.Combine(AppContext.BaseDirectory, "Manifests", "ArgoSchema")));

    [Fact]
    public void RenderedWorkflow_HasOnlyArgoFields_OfArgoTypes()
    {
        var workflow = Workflow(Renders.Report(RenderTarget.Argo));

        Assert.Equal([], s_schema.Value.Validate(workflow, "IWorkflow"));
    }

    [Fact]
    public void Dag_HasOneTaskPerStep_WithDependenciesFromTheGraphEdges()
    {
        var tasks = Workflow(Renders.Report(RenderTarget.Argo))!["spec"]!["templates"]![0]!["dag"]!["tasks"]!.AsArray();

        var dependencies = tasks.ToDictionary(
            t => t!["name"]!.GetValue<string>(),
            t => string.Join(",", t!["dependencies"]?.AsArray().Select(d => d!.GetValue<string>()) ?? []));
        Assert.Equal(new Dictionary<string, string>
        {
            ["compose"] = "",
            ["measure"] = "compose",
            ["tabulate"] = "measure",
            ["tabulate-2"] = "measure",
            ["publish"] = "measure,tabulate,tabulate-2",
        }, dependencies);
    }

    [Theory]
    [InlineData("spec", "entrypoints", "\"pipeline\"", "$.spec.entrypoints: IWorkflowSpec has no field 'entrypoints'")]
    [InlineData("spec", "activeDeadlineSeconds", "\"soon\"", "$.spec.activeDeadlineSeconds: expected number")]
    [InlineData("spec", "podGC", "{}", "$.spec.podGC: type IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1PodGC is not vendored; add PodGC.d.ts from @kubernetes-models/argo-workflows to ArgoSchema/")]
    public void Validator_RejectsWhatArgoWouldNot(string parent, string field, string json, string error)
    {
        var workflow = Workflow(Renders.Report(RenderTarget.Argo))!;
        workflow[parent]![field] = JsonNode.Parse(json);

        Assert.Contains(error, s_schema.Value.Validate(workflow, "IWorkflow"));
    }

    [Fact]
    public void Validator_RejectsAMissingRequiredField_AndAnUnknownContainerField()
    {
        var workflow = Workflow(Renders.Report(RenderTarget.Argo))!;
        workflow["spec"]!["templates"]![0]!["dag"]!["tasks"]![0]!.AsObject().Remove("name");
        workflow["spec"]!["templates"]![1]!["container"]!["cmd"] = "x";

        var errors = s_schema.Value.Validate(workflow, "IWorkflow");

        Assert.Contains("$.spec.templates[0].dag.tasks[0]: IDAGTask requires 'name' (string)", errors);
        Assert.Contains(errors, e => e.StartsWith("$.spec.templates[1].container: not a valid V1Container:", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_ReadsTheVendoredInterfaces()
    {
        Assert.Equal(["ICronWorkflow", "ICronWorkflowSpec", "IDAGTask", "IDAGTemplate", "IMetadata", "IRetryStrategy", "ITemplate", "IWorkflow", "IWorkflowSpec"],
            s_schema.Value.Interfaces.Order(StringComparer.Ordinal));
        Assert.Equal(["IConcurrencyPolicy"], s_schema.Value.Unions);
    }

    [Fact]
    public void ScheduledPipeline_RendersACronWorkflow_WithOnlyArgoFields_OfArgoTypes()
    {
        var manifest = ManifestRenderer.Render(Renders.Nightly(driver: false, RenderTarget.Argo)).Last();
        var cron = YamlJson.Read(manifest.Yaml) as JsonObject;

        Assert.Equal("CronWorkflow", manifest.Kind);
        Assert.Equal([], s_schema.Value.Validate(cron, "ICronWorkflow"));
        Assert.Equal("30 2 * * 1-5", cron!["spec"]!["schedules"]![0]!.GetValue<string>());
        var spec = cron["spec"]!["workflowSpec"]!;
        Assert.Equal("weft-record", spec["onExit"]!.GetValue<string>());
        // Each Workflow the CronWorkflow starts is a run of its own, named after the Workflow.
        var args = spec["templates"]![1]!["container"]!["args"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal("{{workflow.name}}", args[args.IndexOf("--run") + 1]);
        Assert.Equal("{{workflow.name}}", spec["templates"]!.AsArray().Last()!["container"]!["args"]![4]!.GetValue<string>());
    }

    [Fact]
    public void Validator_RejectsAConcurrencyPolicyArgoDoesNotKnow()
    {
        var cron = (JsonObject)YamlJson.Read(ManifestRenderer.Render(Renders.Nightly(driver: false, RenderTarget.Argo)).Last().Yaml)!;
        cron["spec"]!["concurrencyPolicy"] = "Sometimes";

        Assert.Equal(["$.spec.concurrencyPolicy: expected \"Allow\" | \"Forbid\" | \"Replace\""], s_schema.Value.Validate(cron, "ICronWorkflow"));
    }

    [Fact]
    public void Workflow_RecordsTheRun_OnExit_AfterEveryStep()
    {
        var workflow = Workflow(Renders.Report(RenderTarget.Argo))!;
        var record = workflow["spec"]!["templates"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == workflow["spec"]!["onExit"]!.GetValue<string>())!;

        Assert.Equal(
            ["k8s", "record", "Report", "--run", Renders.RunId, "--store", "/weft/store", "--orchestrator", "argo"],
            record["container"]!["args"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    private static JsonObject? Workflow(RenderRequest request)
        => YamlJson.Read(ManifestRenderer.Render(request).Single(m => m.Kind == "Workflow").Yaml) as JsonObject;
}
