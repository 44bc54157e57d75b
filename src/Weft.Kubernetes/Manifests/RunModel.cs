namespace Weft.Kubernetes.Manifests;

/// <summary>Everything the templates render for one run, as they see it (<c>run.namespace</c>, <c>run.steps</c>…).</summary>
internal sealed record RunModel
{
    public required string Id { get; init; }
    public required string Pipeline { get; init; }
    public required string Namespace { get; init; }
    public required string ServiceAccount { get; init; }
    public required string Role { get; init; }
    public required string RoleBinding { get; init; }
    public required string ParametersName { get; init; }
    public required string StoreClaim { get; init; }

    /// <summary>Whether the store claim is rendered (no <c>--store-claim</c> named an existing one).</summary>
    public required bool RenderStoreClaim { get; init; }

    public required string StoreSize { get; init; }
    public required string StoreMountPath { get; init; }
    public required string DriverJobName { get; init; }
    public required string CronJobName { get; init; }
    /// <summary>The Workflow's name, or the CronWorkflow's for a scheduled pipeline.</summary>
    public required string WorkflowName { get; init; }

    /// <summary>The Job that records the run of the step Jobs once they end.</summary>
    public required string RecordJobName { get; init; }

    /// <summary>The record Job's (or the Workflow's exit handler's) arguments: <c>k8s record &lt;pipeline&gt; --run &lt;run&gt; …</c>.</summary>
    public required IReadOnlyList<string> RecordArgs { get; init; }

    /// <summary>The pipeline's cron schedule (already checked to parse), if it has one.</summary>
    public string? Schedule { get; init; }

    /// <summary>The image of the driver: the one the pipeline's steps run by default.</summary>
    public required string Image { get; init; }

    /// <summary>The user and group every container runs as (not root).</summary>
    public required long RunAsUser { get; init; }

    /// <summary>Labels of the run's objects other than steps.</summary>
    public required IReadOnlyList<LabelModel> Labels { get; init; }

    /// <summary>Labels of the objects that stay across runs (account, role, claim, CronJob): no run id.</summary>
    public required IReadOnlyList<LabelModel> PipelineLabels { get; init; }

    public required IReadOnlyList<ParameterModel> Parameters { get; init; }

    /// <summary>The driver's arguments: <c>run &lt;pipeline&gt; --orchestrator kubernetes --store … --param name=$(ENV)…</c>.</summary>
    public required IReadOnlyList<string> DriverArgs { get; init; }

    public required IReadOnlyList<StepModel> Steps { get; init; }
}
