using k8s.Models;

namespace Weft.Kubernetes.Orchestration;

/// <summary>
/// The batch/v1 Job that runs one attempt of one step: the pipeline's image with the entrypoint's
/// <c>step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;mount&gt;</c>, the artifact store's claim mounted at the same
/// path in every pod, the image it runs in named to the step (<c>WEFT_IMAGE</c>), resources from <c>[Resources]</c>, <c>activeDeadlineSeconds</c> from the step's time limit, labels of
/// the run, step, pipeline and attempt, and the run's ConfigMap as owner, so that deleting it deletes the run's Jobs and
/// their pods.
/// </summary>
/// <remarks>
/// For the orchestrator (<see cref="StepJobRequest.Attempt"/> set) <c>backoffLimit</c> is 0: the engine owns attempts (<c>[Step(Retries = n)]</c>), as with every orchestrator, so that each
/// attempt has its own task file with its number (<see cref="Step.Attempt"/>), the same backoff, and its own Job and log.
/// A Job that retried pods itself would run attempts the task file does not know about. Rendered manifests, which run
/// without an orchestrator, leave the attempt out and let the Job retry (<see cref="StepJobRequest.Retries"/>).
/// </remarks>
internal static class StepJobManifest
{
    /// <summary>The name of the step container (and of the log the orchestrator copies).</summary>
    public const string ContainerName = "step";

    /// <summary>
    /// Seconds Kubernetes grants beyond the step's time limit: the engine stops an attempt at its limit (and deletes its Job);
    /// the deadline only stops a pod whose orchestrator is gone.
    /// </summary>
    public const int DeadlineGraceSeconds = 30;

    /// <summary>The name of the store volume in the pod.</summary>
    public const string StoreVolume = "weft-store";

    public static V1Job Build(StepJobRequest request)
    {
        var options = request.Options;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [KubernetesLabels.ManagedBy] = "weft",
            [KubernetesLabels.Run] = KubernetesLabels.LabelValue(request.RunId),
            [KubernetesLabels.Pipeline] = KubernetesLabels.LabelValue(request.Pipeline),
            [KubernetesLabels.Step] = KubernetesLabels.LabelValue(request.Node),
        };
        if (request.Attempt is { } attempt)
        {
            labels[KubernetesLabels.Attempt] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var annotations = new Dictionary<string, string>(StringComparer.Ordinal) { [KubernetesLabels.StepAnnotation] = request.Node };
        var container = new V1Container
        {
            Name = ContainerName,
            Image = request.Image,
            ImagePullPolicy = options.ImagePullPolicy,
            Args = ["step", request.Pipeline, request.Node, "--run", request.RunId, "--store", options.StoreMountPath],
            Env = Variables(request.Image, options.StoreMountPath),
            VolumeMounts = [new V1VolumeMount { Name = StoreVolume, MountPath = options.StoreMountPath }],
            Resources = Resources(request.Resources),
        };
        return new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta
            {
                Name = NameOf(request),
                NamespaceProperty = request.Namespace,
                Labels = labels,
                Annotations = annotations,
                OwnerReferences = request.Owner is null ? null : [request.Owner],
            },
            Spec = new V1JobSpec
            {
                BackoffLimit = request.Attempt is null ? Math.Max(0, request.Retries) : 0,
                ActiveDeadlineSeconds = request.Timeout is { } timeout ? (long)Math.Ceiling(timeout.TotalSeconds) + DeadlineGraceSeconds : null,
                TtlSecondsAfterFinished = options.TtlSecondsAfterFinished,
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string>(labels, StringComparer.Ordinal), Annotations = annotations },
                    Spec = new V1PodSpec
                    {
                        RestartPolicy = "Never",
                        ServiceAccountName = options.ServiceAccountName,
                        Containers = [container],
                        Volumes = [new V1Volume { Name = StoreVolume, PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = options.StoreClaim } }],
                    },
                },
            },
        };
    }

    /// <summary>
    /// The container's variables: the store's mount, and the exact image the Job launches (<c>WEFT_IMAGE</c>, with
    /// <c>WEFT_IMAGE_DIGEST</c> when the reference is pinned), which the step records as the image it ran in. An image built
    /// by the SDK carries its own <c>WEFT_IMAGE</c>, which names a tag at build time; the Job's reference is what really ran.
    /// </summary>
    private static List<V1EnvVar> Variables(string image, string storeMountPath)
    {
        List<V1EnvVar> variables =
        [
            new() { Name = "WEFT_STORE", Value = storeMountPath },
            new() { Name = "DOTNET_NOLOGO", Value = "1" },
            new() { Name = ContainerImage.ReferenceVariable, Value = image },
        ];
        if (ImageReference.DigestOf(image) is { } digest)
        {
            variables.Add(new V1EnvVar { Name = ContainerImage.DigestVariable, Value = digest });
        }

        return variables;
    }

    /// <summary>The name of the Job <see cref="Build"/> makes for <paramref name="request"/>.</summary>
    public static string NameOf(StepJobRequest request) => request.Attempt is { } attempt
        ? KubernetesLabels.JobName(request.RunId, request.Node, attempt, request.Session)
        : KubernetesLabels.JobName(request.RunId, request.Node);

    /// <summary>
    /// Requests and limits from <c>[Resources]</c>: CPU is requested (a limit would throttle), memory is requested and limited
    /// (so that running out is an OOMKilled container the run can name, not a starved node), GPUs are limited as Kubernetes requires.
    /// </summary>
    private static V1ResourceRequirements? Resources(ResourceRequest? resources)
    {
        if (resources is null || (resources.Cpu is null && resources.Memory is null && resources.Gpu <= 0))
        {
            return null;
        }

        var requests = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal);
        var limits = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal);
        if (resources.Cpu is { } cpu)
        {
            requests["cpu"] = new ResourceQuantity(cpu);
        }

        if (resources.Memory is { } memory)
        {
            requests["memory"] = new ResourceQuantity(memory);
            limits["memory"] = new ResourceQuantity(memory);
        }

        if (resources.Gpu > 0)
        {
            limits["nvidia.com/gpu"] = new ResourceQuantity(resources.Gpu.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new V1ResourceRequirements { Requests = requests.Count == 0 ? null : requests, Limits = limits.Count == 0 ? null : limits };
    }
}
