using k8s.Models;
using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Orchestration;
using Weft.Kubernetes.Tests.Manifests.Pipelines;

namespace Weft.Kubernetes.Tests.Manifests;

/// <summary>
/// A rendered step Job is the Job the kubernetes orchestrator creates for the same step (StepJobManifest), plus the
/// hardening a reviewed manifest carries (non-root, read-only root, no API token): same name, labels, command, environment,
/// resources, retries and store mount; and, as no orchestrator prepares its task, the step prepares it itself
/// (<c>--prepare</c>, the parameters from the ConfigMap, a bounded wait for the steps before it).
/// </summary>
public sealed class OrchestratorParityTests
{
    [Fact]
    public void RenderedStepJobs_MatchTheOrchestratorsJobs()
    {
        var rendered = Weft.Kubernetes.Manifests.ManifestRenderer.Render(Renders.Report())
            .Where(m => m.Kind == "Job")
            .Select(KubernetesModels.Strict<V1Job>)
            .Where(j => j.Metadata.Labels.ContainsKey(KubernetesLabels.Step))
            .ToList();

        Assert.Equal(Report.Definition.Nodes.Count, rendered.Count);
        foreach (var (node, job) in Report.Definition.Nodes.Zip(rendered))
        {
            var container = Assert.Single(job.Spec.Template.Spec.Containers);
            var expected = StepJobManifest.Build(new StepJobRequest
            {
                RunId = Renders.RunId,
                Pipeline = Report.Definition.Name,
                Node = node.Name,
                Namespace = "ml",
                Image = container.Image,
                Options = new KubernetesOrchestratorOptions(),
                Resources = node.Policy.Resources ?? Report.Definition.Resources,
                Retries = node.Policy.Retries,
                Timeout = node.Policy.Timeout,
            });
            var expectedContainer = Assert.Single(expected.Spec.Template.Spec.Containers);

            Assert.Equal(expected.Metadata.Name, job.Metadata.Name);
            Assert.Equal(expected.Metadata.Labels, job.Metadata.Labels);
            Assert.Equal(expected.Metadata.Annotations, job.Metadata.Annotations);
            Assert.Equal(expected.Spec.Template.Metadata.Labels, job.Spec.Template.Metadata.Labels);
            Assert.Equal(expected.Spec.BackoffLimit, job.Spec.BackoffLimit);
            Assert.Equal(expected.Spec.TtlSecondsAfterFinished, job.Spec.TtlSecondsAfterFinished);
            var waits = Report.Definition.Edges.Any(e => e.ToNode == node.Name);
            Assert.Equal(expected.Spec.ActiveDeadlineSeconds + (waits ? ManifestPlan.UpstreamWaitSeconds : 0), job.Spec.ActiveDeadlineSeconds);
            Assert.Equal(expectedContainer.Name, container.Name);
            Assert.Equal(
                [.. expectedContainer.Args, "--prepare", "--param", "title=$(WEFT_PARAM_title)", "--param", "rows=$(WEFT_PARAM_rows)", "--param", "scale=$(WEFT_PARAM_scale)",
                    .. waits ? new[] { "--wait-upstream", "21600" } : []],
                container.Args);
            Assert.Equal(expectedContainer.Env.Select(e => (e.Name, e.Value)), container.Env.Take(expectedContainer.Env.Count).Select(e => (e.Name, e.Value)));
            Assert.Equal(["WEFT_PARAM_title", "WEFT_PARAM_rows", "WEFT_PARAM_scale"], container.Env.Skip(expectedContainer.Env.Count).Select(e => e.Name));
            Assert.All(container.Env.Skip(expectedContainer.Env.Count), e => Assert.Equal("weft-report-20261128-120000-abcdef-parameters", e.ValueFrom.ConfigMapKeyRef.Name));
            Assert.Equal(Quantities(expectedContainer.Resources?.Requests), Quantities(container.Resources?.Requests));
            Assert.Equal(Quantities(expectedContainer.Resources?.Limits), Quantities(container.Resources?.Limits));
            var mount = Assert.Single(expectedContainer.VolumeMounts);
            Assert.Equal(mount.MountPath, Assert.Single(container.VolumeMounts, m => m.Name == "store").MountPath);
            Assert.Equal(expected.Spec.Template.Spec.Volumes.Single().PersistentVolumeClaim.ClaimName,
                job.Spec.Template.Spec.Volumes.Single(v => v.Name == "store").PersistentVolumeClaim.ClaimName);
        }
    }

    private static string Quantities(IDictionary<string, ResourceQuantity>? quantities)
        => quantities is null ? "" : string.Join(",", quantities.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value}"));
}
