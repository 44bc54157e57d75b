using System.Text.RegularExpressions;
using k8s.Models;
using Weft.Kubernetes.Orchestration;

namespace Weft.Kubernetes.Tests.Orchestration;

/// <summary>The Job a step attempt runs as, and the names and labels of what a run creates.</summary>
public sealed partial class StepJobManifestTests
{
    private static readonly KubernetesOrchestratorOptions s_options = new() { StoreClaim = "shared", StoreMountPath = "/mnt/weft", ServiceAccountName = "runner" };

    [Fact]
    public void Job_RunsTheEntrypointsStepCommand_WithTheStoreMountedAndTheRunsLabels()
    {
        var job = StepJobManifest.Build(Request() with { Owner = new V1OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = "weft-run-r", Uid = "u1" } });

        var container = Assert.Single(job.Spec.Template.Spec.Containers);
        Assert.Equal(["step", "Training", "Fit_2", "--run", "20261128-174355-ab12cd", "--store", "/mnt/weft"], container.Args);
        Assert.Null(container.Command);
        Assert.Equal("repo@sha256:abc", container.Image);
        Assert.Equal("/mnt/weft", Assert.Single(container.VolumeMounts).MountPath);
        Assert.Equal("shared", Assert.Single(job.Spec.Template.Spec.Volumes).PersistentVolumeClaim.ClaimName);
        Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
        Assert.Equal("runner", job.Spec.Template.Spec.ServiceAccountName);
        Assert.Equal(0, job.Spec.BackoffLimit);
        Assert.Equal(90 + StepJobManifest.DeadlineGraceSeconds, job.Spec.ActiveDeadlineSeconds);
        Assert.Equal("weft-run-r", Assert.Single(job.Metadata.OwnerReferences).Name);
        Assert.Equal("20261128-174355-ab12cd", job.Metadata.Labels[KubernetesLabels.Run]);
        Assert.Equal("Fit_2", job.Metadata.Labels[KubernetesLabels.Step]);
        Assert.Equal("2", job.Metadata.Labels[KubernetesLabels.Attempt]);
        Assert.Equal(job.Metadata.Labels, job.Spec.Template.Metadata.Labels);
    }

    [Theory]
    [InlineData("repo@sha256:abc", "sha256:abc")]
    [InlineData("registry.example:5000/team/app:1.2", null)]
    public void Container_IsToldTheImageItRunsIn(string image, string? digest)
    {
        var env = StepJobManifest.Build(Request() with { Image = image }).Spec.Template.Spec.Containers[0].Env.ToDictionary(e => e.Name, e => e.Value);

        Assert.Equal(image, env[ContainerImage.ReferenceVariable]);
        Assert.Equal(digest, env.GetValueOrDefault(ContainerImage.DigestVariable));
        Assert.Equal("/mnt/weft", env["WEFT_STORE"]);
    }

    [Fact]
    public void Resources_RequestCpu_RequestAndLimitMemory_LimitGpus()
    {
        var resources = StepJobManifest.Build(Request() with { Resources = new ResourceRequest("2", "2Gi", 1) }).Spec.Template.Spec.Containers[0].Resources;

        Assert.Equal(["cpu", "memory"], resources.Requests.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("2Gi", resources.Requests["memory"].ToString());
        Assert.Equal(["memory", "nvidia.com/gpu"], resources.Limits.Keys.Order(StringComparer.Ordinal));
        Assert.Null(StepJobManifest.Build(Request() with { Resources = null }).Spec.Template.Spec.Containers[0].Resources);
    }

    [Theory]
    [InlineData("20261128-174355-ab12cd", "Load")]
    [InlineData("20261128-174355-ab12cd", "load")]
    [InlineData("a-very-long-run-name-that-someone-chose-for-their-nightly-training-run", "AStepWithAVeryLongNameIndeed_2")]
    public void JobNames_AreDnsLabels_DistinctPerNodeAttemptAndSession(string run, string node)
    {
        var name = KubernetesLabels.JobName(run, node, 1, "s1");

        Assert.Matches(DnsLabel(), name);
        Assert.True(name.Length <= 63, name);
        Assert.NotEqual(name, KubernetesLabels.JobName(run, node, 2, "s1"));
        Assert.NotEqual(name, KubernetesLabels.JobName(run, node, 1, "s2"));
        Assert.NotEqual(KubernetesLabels.JobName(run, "Load", 1, "s1"), KubernetesLabels.JobName(run, "load", 1, "s1"));
        Assert.Matches(DnsLabel(), KubernetesLabels.RunObjectName(run));
    }

    [Theory]
    [InlineData("Fit_2", "Fit_2")]
    [InlineData("Étape", "tape-")]
    [InlineData("-x-", "x-")]
    public void LabelValues_AreValid_AndKeepPlainNames(string text, string starts)
    {
        var value = KubernetesLabels.LabelValue(text);

        Assert.StartsWith(starts, value, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$", value);
        Assert.Equal(text == value, text == "Fit_2");
    }

    [Fact]
    public void Register_AddsTheKubernetesOrchestrator()
    {
        WeftKubernetes.Register();

        Assert.Contains(KubernetesOrchestratorName.Value, PipelineRunner.Orchestrators);
        Assert.IsType<KubernetesExecutor>(PipelineRunner.GetExecutor(KubernetesOrchestratorName.Value));
    }

    private static StepJobRequest Request() => new()
    {
        RunId = "20261128-174355-ab12cd",
        Pipeline = "Training",
        Node = "Fit_2",
        Namespace = "ml",
        Image = "repo@sha256:abc",
        Options = s_options,
        Attempt = 2,
        Session = "s",
        Timeout = TimeSpan.FromSeconds(90),
    };

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
