using k8s.Models;
using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.Manifests.Pipelines;

namespace Weft.Kubernetes.Tests.Manifests;

/// <summary>Every rendered object parses strictly as its Kubernetes kind, and says what the pipeline asks for.</summary>
public sealed class ManifestModelTests
{
    [Theory]
    [MemberData(nameof(Renders.Names), MemberType = typeof(Renders))]
    public void EveryKubernetesObject_ParsesStrictly(string name)
    {
        foreach (var manifest in ManifestRenderer.Render(Renders.Named(name)).Where(m => m.Kind is not ("Workflow" or "CronWorkflow")))
        {
            KubernetesModels.Parse(manifest);
        }
    }

    [Fact]
    public void StepJobs_OnePerNode_InBodyOrder_WithTheStepCommandAndLabels()
    {
        var jobs = Jobs(Renders.Report());

        Assert.Equal(["Compose", "Measure", "Tabulate", "Tabulate_2", "Publish"], jobs.Select(j => j.Metadata.Labels["weft.dev/step"]));
        Assert.Equal(
            [.. Report.Definition.Nodes.Select(n => Weft.Kubernetes.KubernetesLabels.JobName(Renders.RunId, n.Name))],
            jobs.Select(j => j.Metadata.Name));
        foreach (var job in jobs)
        {
            var step = job.Metadata.Labels["weft.dev/step"];
            Assert.Equal("ml", job.Metadata.NamespaceProperty);
            Assert.Equal("Report", job.Metadata.Labels["weft.dev/pipeline"]);
            Assert.Equal(Renders.RunId, job.Metadata.Labels["weft.dev/run"]);
            Assert.Equal(job.Metadata.Labels, job.Spec.Template.Metadata.Labels);
            var container = Assert.Single(job.Spec.Template.Spec.Containers);
            Assert.Equal(["step", "Report", step, "--run", Renders.RunId, "--store", "/weft/store", "--prepare"], container.Args.Take(8));
            Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
        }
    }

    [Fact]
    public void StepJobs_TakeRetriesResourcesAndImagesFromThePipeline()
    {
        var jobs = Jobs(Renders.Report()).ToDictionary(j => j.Metadata.Labels["weft.dev/step"]);

        Assert.Equal(0, jobs["Compose"].Spec.BackoffLimit);
        Assert.Equal(2, jobs["Measure"].Spec.BackoffLimit);
        Assert.Equal(1, jobs["Publish"].Spec.BackoffLimit);
        // Its limit, the grace the orchestrator's Jobs have, and the wait for the step before it: the deadline counts from the Job's start.
        Assert.Equal(90 + 30 + 21600, jobs["Measure"].Spec.ActiveDeadlineSeconds);
        Assert.Null(jobs["Compose"].Spec.ActiveDeadlineSeconds);

        var measure = jobs["Measure"].Spec.Template.Spec.Containers[0].Resources;
        Assert.Equal(new ResourceQuantity("2"), measure.Requests["cpu"]);
        Assert.Equal(new ResourceQuantity("2Gi"), measure.Requests["memory"]);
        Assert.Equal(new ResourceQuantity("2Gi"), measure.Limits["memory"]);
        Assert.Equal(new ResourceQuantity("1"), measure.Limits["nvidia.com/gpu"]);

        // Steps without [Resources] take the pipeline's.
        var compose = jobs["Compose"].Spec.Template.Spec.Containers[0].Resources;
        Assert.Equal(new ResourceQuantity("250m"), compose.Requests["cpu"]);
        Assert.Equal(new ResourceQuantity("256Mi"), compose.Limits["memory"]);
        Assert.False(compose.Limits.ContainsKey("nvidia.com/gpu"));

        Assert.Equal(Report.Definition.Image, jobs["Compose"].Spec.Template.Spec.Containers[0].Image);
        Assert.Equal(Report.Definition.GetNode("Publish").Policy.Image, jobs["Publish"].Spec.Template.Spec.Containers[0].Image);
    }

    [Fact]
    public void EveryPod_RunsAsNonRoot_WithTheStoreClaimAtTheSamePath()
    {
        foreach (var (_, request) in Renders.All().Where(r => r.Request.Target == RenderTarget.Kubernetes))
        {
            foreach (var pod in ManifestRenderer.Render(request).Select(PodOf).OfType<V1PodSpec>())
            {
                Assert.True(pod.SecurityContext.RunAsNonRoot);
                Assert.Equal(1654, pod.SecurityContext.RunAsUser);
                Assert.Equal(1654, pod.SecurityContext.FsGroup);
                var container = Assert.Single(pod.Containers);
                Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
                Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
                var store = Assert.Single(pod.Volumes, v => v.Name == "store");
                Assert.Equal("weft-store", store.PersistentVolumeClaim.ClaimName);
                Assert.Equal("/weft/store", Assert.Single(container.VolumeMounts, m => m.Name == "store").MountPath);
            }
        }
    }

    [Fact]
    public void Role_GrantsOnlyWhatTheOrchestratorUses()
    {
        var role = KubernetesModels.Strict<V1Role>(ManifestRenderer.Render(Renders.Report()).Single(m => m.Kind == "Role"));

        var grants = role.Rules.SelectMany(r => r.ApiGroups.SelectMany(g => r.Resources.SelectMany(res => r.Verbs.Select(v => $"{g}/{res}:{v}")))).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["/configmaps:create", "/configmaps:delete", "/configmaps:get", "/pods/log:get", "/pods:get", "/pods:list", "/pods:watch",
             "batch/jobs:create", "batch/jobs:delete", "batch/jobs:deletecollection", "batch/jobs:get", "batch/jobs:list", "batch/jobs:watch"],
            grants);
        var binding = KubernetesModels.Strict<V1RoleBinding>(ManifestRenderer.Render(Renders.Report()).Single(m => m.Kind == "RoleBinding"));
        Assert.Equal(role.Metadata.Name, binding.RoleRef.Name);
        var subject = Assert.Single(binding.Subjects);
        Assert.Equal(("ServiceAccount", "weft-report", "ml"), (subject.Kind, subject.Name, subject.NamespaceProperty));
    }

    [Fact]
    public void Parameters_ConfigMapHoldsGivenValuesAndDefaults_AndTheDriverReadsThem()
    {
        var request = Renders.Report(driver: true) with { Parameters = ["rows=25", "title=a \"quoted\": title"] };
        var manifests = ManifestRenderer.Render(request);

        var parameters = KubernetesModels.Strict<V1ConfigMap>(manifests.Single(m => m.Kind == "ConfigMap"));
        Assert.Equal(new Dictionary<string, string> { ["title"] = "a \"quoted\": title", ["rows"] = "25", ["scale"] = "1.5" }, parameters.Data);

        var driver = KubernetesModels.Strict<V1Job>(Assert.Single(manifests, m => m.Kind == "Job"));
        var container = Assert.Single(driver.Spec.Template.Spec.Containers);
        Assert.Equal(
            ["run", "Report", "--orchestrator", "kubernetes", "--store", "/weft/store",
             "--param", "title=$(WEFT_PARAM_title)", "--param", "rows=$(WEFT_PARAM_rows)", "--param", "scale=$(WEFT_PARAM_scale)"],
            container.Args);
        var rows = Assert.Single(container.Env, e => e.Name == "WEFT_PARAM_rows");
        Assert.Equal((parameters.Metadata.Name, "rows"), (rows.ValueFrom.ConfigMapKeyRef.Name, rows.ValueFrom.ConfigMapKeyRef.Key));
        Assert.Equal(0, driver.Spec.BackoffLimit);
        Assert.NotEqual(false, driver.Spec.Template.Spec.AutomountServiceAccountToken);
        Assert.Equal("weft-report", driver.Spec.Template.Spec.ServiceAccountName);
    }

    [Fact]
    public void ScheduledPipeline_DriverIsACronJob_WithTheCheckedSchedule()
    {
        var cron = KubernetesModels.Strict<V1CronJob>(Assert.Single(ManifestRenderer.Render(Renders.Nightly()), m => m.Kind == "CronJob"));

        Assert.Equal("30 2 * * 1-5", cron.Spec.Schedule);
        Assert.Equal("Forbid", cron.Spec.ConcurrencyPolicy);
        var container = Assert.Single(cron.Spec.JobTemplate.Spec.Template.Spec.Containers);
        Assert.Equal(Renders.Image, container.Image);
        Assert.Equal(["run", "Nightly", "--orchestrator", "kubernetes", "--store", "/weft/store", "--param", "days=$(WEFT_PARAM_days)"], container.Args);
        Assert.False(cron.Metadata.Labels.ContainsKey("weft.dev/run"));
    }

    [Fact]
    public void StoreClaim_WhenNamed_IsMountedAndNotRendered()
    {
        var manifests = ManifestRenderer.Render(Renders.Report() with { StoreClaim = "team-store" });

        Assert.DoesNotContain(manifests, m => m.Kind == "PersistentVolumeClaim");
        Assert.All(Jobs(Renders.Report() with { StoreClaim = "team-store" }),
            j => Assert.Equal("team-store", j.Spec.Template.Spec.Volumes.Single(v => v.Name == "store").PersistentVolumeClaim.ClaimName));
    }

    [Fact]
    public void RenderedClaim_IsReadWriteMany()
    {
        var claim = KubernetesModels.Strict<V1PersistentVolumeClaim>(ManifestRenderer.Render(Renders.Report()).Single(m => m.Kind == "PersistentVolumeClaim"));

        Assert.Equal("weft-store", claim.Metadata.Name);
        Assert.Equal(["ReadWriteMany"], claim.Spec.AccessModes);
        Assert.Equal(new ResourceQuantity("10Gi"), claim.Spec.Resources.Requests["storage"]);
    }

    /// <summary>The step Jobs (not the record Job).</summary>
    private static List<V1Job> Jobs(RenderRequest request)
        => [.. ManifestRenderer.Render(request).Where(m => m.Kind == "Job").Select(KubernetesModels.Strict<V1Job>)
            .Where(j => j.Metadata.Labels.ContainsKey("weft.dev/step"))];

    private static V1PodSpec? PodOf(RenderedManifest manifest) => manifest.Kind switch
    {
        "Job" => KubernetesModels.Strict<V1Job>(manifest).Spec.Template.Spec,
        "CronJob" => KubernetesModels.Strict<V1CronJob>(manifest).Spec.JobTemplate.Spec.Template.Spec,
        _ => null,
    };
}
