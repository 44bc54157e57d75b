using Weft.Cli;

namespace Weft.Kubernetes.Manifests;

/// <summary>Turns a <see cref="RenderRequest"/> into the <see cref="RunModel"/> the templates render, checking what the cluster would reject.</summary>
internal static class ManifestPlan
{
    /// <summary>The uid and gid of the <c>app</c> user of .NET container images (and of Weft's base image).</summary>
    public const long AppUser = 1654;

    public static RunModel Create(RenderRequest request)
    {
        var definition = request.Definition;
        CheckName("--namespace", request.Namespace);
        if (request.StoreClaim is { } claim)
        {
            CheckName("--store-claim", claim);
        }

        CheckRunId(request.RunId);
        var prefix = KubernetesNames.Name("weft", definition.Name);
        var defaultImage = request.Image ?? definition.Image;
        var parameters = ParameterTexts.Resolve(definition, request.Parameters)
            .Select(p => new ParameterModel(p.Name, p.Value, "WEFT_PARAM_" + p.Name))
            .ToList();

        var pipelineLabels = new List<LabelModel>
        {
            new(KubernetesLabels.ManagedBy, "weft"),
            new(KubernetesLabels.Pipeline, KubernetesLabels.LabelValue(definition.Name)),
        };
        var argo = request.Target == RenderTarget.Argo;

        // A CronWorkflow starts a Workflow on every tick, each its own run named after the Workflow Argo creates.
        var cronWorkflow = argo && definition.Schedule is not null;
        var runId = cronWorkflow ? ArgoWorkflowNameVariable : request.RunId;

        // A CronJob's driver or a CronWorkflow starts a new run on every tick: its parameters and labels belong to the
        // pipeline, not to one run.
        var scheduled = definition.Schedule is not null && ((request.Driver && !argo) || cronWorkflow);
        var runLabels = scheduled
            ? pipelineLabels
            : new List<LabelModel>(pipelineLabels) { new(KubernetesLabels.Run, KubernetesLabels.LabelValue(request.RunId)) };

        var taskNames = TaskNames(definition);
        var steps = new List<StepModel>(definition.Nodes.Count);
        foreach (var node in definition.Nodes)
        {
            var image = node.Policy.Image ?? defaultImage
                ?? throw CommandLineException.Usage(
                    $"Step '{node.Name}' of pipeline '{definition.Name}' has no image: pass --image <reference> (the image built from this program), " +
                    "or put [Image(\"registry/repository@sha256:…\")] on the pipeline.");
            var resources = node.Policy.Resources ?? definition.Resources;
            var dependencies = definition.Edges
                .Where(e => string.Equals(e.ToNode, node.Name, StringComparison.Ordinal))
                .Select(e => taskNames[e.FromNode])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            var waits = !argo && dependencies.Count > 0;
            steps.Add(new StepModel(
                node.Name,
                // The name the kubernetes orchestrator gives the same step's Job, so a rendered run and a driven one look alike.
                KubernetesLabels.JobName(request.RunId, node.Name),
                taskNames[node.Name],
                image,
                StepArgs(definition, node, runId, request, parameters, waits),
                node.Policy.Retries,
                // As the orchestrator's Jobs: the step's own limit fails the attempt with its error first; the deadline is the
                // backstop. A Job that waits for the steps before it is given that wait on top: its deadline counts from its start.
                node.Policy.Timeout is { } timeout
                    ? (long)Math.Ceiling(timeout.TotalSeconds) + Orchestration.StepJobManifest.DeadlineGraceSeconds + (waits ? UpstreamWaitSeconds : 0)
                    : null,
                Quantity(definition, node, "Cpu", resources?.Cpu),
                Quantity(definition, node, "Memory", resources?.Memory),
                Gpu(definition, node, resources?.Gpu ?? 0),
                dependencies,
                [.. runLabels, new LabelModel(KubernetesLabels.Step, KubernetesLabels.LabelValue(node.Name))]));
        }

        var driverArgs = new List<string> { "run", definition.Name, "--orchestrator", KubernetesOrchestratorName.Value, "--store", request.StoreMountPath };
        foreach (var parameter in parameters)
        {
            // Kubernetes expands $(NAME) in args from the container's environment, which takes the values from the ConfigMap.
            driverArgs.Add("--param");
            driverArgs.Add($"{parameter.Name}=$({parameter.Env})");
        }

        driverArgs.AddRange(SeedArgs(request));

        var recordArgs = new List<string>
        {
            "k8s", "record", definition.Name, "--run", runId, "--store", request.StoreMountPath,
            "--orchestrator", argo ? Commands.RecordCommand.ArgoOrchestrator : Commands.RecordCommand.JobsOrchestrator,
        };
        if (!argo)
        {
            // Started with the steps, it waits for them: for the longest a step waits for the ones before it, and then some.
            recordArgs.AddRange(["--wait", (2 * UpstreamWaitSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return new RunModel
        {
            Id = runId,
            Pipeline = definition.Name,
            Namespace = request.Namespace,
            ServiceAccount = prefix,
            Role = prefix,
            RoleBinding = prefix,
            ParametersName = scheduled
                ? KubernetesNames.Name("weft", definition.Name, "parameters")
                : KubernetesNames.Name("weft", definition.Name, request.RunId, "parameters"),
            StoreClaim = request.StoreClaim ?? RenderRequest.DefaultStoreClaim,
            RenderStoreClaim = request.StoreClaim is null,
            StoreSize = Quantity(definition, null, "store size", request.StoreSize)!,
            StoreMountPath = request.StoreMountPath,
            DriverJobName = KubernetesNames.Name("weft", definition.Name, request.RunId),
            CronJobName = prefix,
            WorkflowName = cronWorkflow ? prefix : KubernetesNames.Name("weft", definition.Name, request.RunId),
            RecordJobName = KubernetesNames.Name("weft", definition.Name, request.RunId, "record"),
            RecordArgs = recordArgs,
            Schedule = definition.Schedule is { } schedule ? CronSchedule.Check(definition, schedule) : null,
            Image = defaultImage ?? steps.Select(s => s.Image).FirstOrDefault()
                ?? throw CommandLineException.Usage($"Pipeline '{definition.Name}' has no image: pass --image <reference> (the image built from this program)."),
            RunAsUser = AppUser,
            Labels = scheduled ? pipelineLabels : runLabels,
            PipelineLabels = pipelineLabels,
            Parameters = parameters,
            DriverArgs = driverArgs,
            Steps = steps,
        };
    }

    /// <summary>
    /// A rendered step waits this long for the steps before it (<c>step --wait-upstream</c>): every step Job starts when the
    /// Jobs are applied, so this bounds how long the steps before the last one may take together.
    /// </summary>
    public const int UpstreamWaitSeconds = 6 * 60 * 60;

    /// <summary>The run id of each run a CronWorkflow starts: the name of the Workflow it creates, which Argo substitutes.</summary>
    public const string ArgoWorkflowNameVariable = "{{workflow.name}}";

    /// <summary>
    /// <c>step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;mount&gt; --prepare --param name=$(WEFT_PARAM_name)…</c>: with no
    /// orchestrator to write its task, each step prepares it from the parameters (the ConfigMap's values, which Kubernetes
    /// expands from the container's environment) and the results of the steps before it.
    /// </summary>
    private static List<string> StepArgs(PipelineDefinition definition, StepNode node, string runId, RenderRequest request, List<ParameterModel> parameters,
        bool waits)
    {
        var args = new List<string> { "step", definition.Name, node.Name, "--run", runId, "--store", request.StoreMountPath, "--prepare" };
        foreach (var parameter in parameters)
        {
            args.Add("--param");
            args.Add($"{parameter.Name}=$({parameter.Env})");
        }

        args.AddRange(SeedArgs(request));
        if (waits)
        {
            args.AddRange(["--wait-upstream", UpstreamWaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return args;
    }

    // Given only when chosen, so that manifests rendered without --seed stay as they were.
    private static string[] SeedArgs(RenderRequest request)
        => request.Seed is { } seed ? ["--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];

    /// <summary>One RFC 1123 name per node; nodes whose names differ only in case or punctuation get a hash each.</summary>
    private static Dictionary<string, string> TaskNames(PipelineDefinition definition)
    {
        var plain = definition.Nodes.ToDictionary(n => n.Name, n => KubernetesNames.Name(n.Name), StringComparer.Ordinal);
        var clashing = plain.GroupBy(p => p.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return plain.ToDictionary(
            p => p.Key,
            p => clashing.Contains(p.Key) ? KubernetesNames.Name(p.Value, ShortHash(p.Key)) : p.Value,
            StringComparer.Ordinal);
    }

    private static string ShortHash(string text)
        => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..6];

    private static string? Quantity(PipelineDefinition definition, StepNode? node, string what, string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            var quantity = new k8s.Models.ResourceQuantity(text.Trim());
            quantity.ToDecimal();
            return text.Trim();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            var owner = node is null ? $"pipeline '{definition.Name}'" : $"step '{node.Name}' of pipeline '{definition.Name}'";
            throw CommandLineException.Usage($"The {what} '{text}' of {owner} is not a Kubernetes quantity (such as \"500m\", \"2\", \"2Gi\"): {ex.Message}");
        }
    }

    private static int Gpu(PipelineDefinition definition, StepNode node, int gpu)
        => gpu >= 0 ? gpu : throw CommandLineException.Usage($"Step '{node.Name}' of pipeline '{definition.Name}' asks for {gpu} GPUs; ask for 0 or more.");

    private static void CheckName(string option, string name)
    {
        if (name.Length is 0 or > KubernetesNames.MaxLength || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            || name[0] == '-' || name[^1] == '-')
        {
            throw CommandLineException.Usage($"{option} '{name}' is not a Kubernetes name: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.");
        }
    }

    private static void CheckRunId(string runId)
    {
        if (runId.Length == 0 || !runId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw CommandLineException.Usage($"--run '{runId}' is not a run id: use letters, digits, '-', '_' and '.'.");
        }
    }
}
