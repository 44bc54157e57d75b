using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.Manifests.Pipelines;

namespace Weft.Kubernetes.Tests.Manifests;

/// <summary>The render requests the tests share: the test pipelines with a fixed run id.</summary>
public static class Renders
{
    public const string RunId = "20261128-120000-abcdef";
    public const string Image = "registry.example/weft/app@sha256:1111111111111111111111111111111111111111111111111111111111111111";

    internal static RenderRequest Report(RenderTarget target = RenderTarget.Kubernetes, bool driver = false)
        => new() { Definition = Pipelines.Report.Definition, RunId = RunId, Target = target, Driver = driver, Namespace = "ml" };

    internal static RenderRequest Nightly(bool driver = true, RenderTarget target = RenderTarget.Kubernetes)
        => new() { Definition = Pipelines.Nightly.Definition, RunId = RunId, Image = Image, Driver = driver, Target = target };

    /// <summary>Every kind of output: step Jobs, driver, CronJob, Workflow and CronWorkflow.</summary>
    internal static IEnumerable<(string Name, RenderRequest Request)> All()
    {
        yield return ("report-jobs", Report());
        yield return ("report-driver", Report(driver: true));
        yield return ("report-argo", Report(RenderTarget.Argo));
        yield return ("nightly-cron", Nightly());
        yield return ("nightly-jobs", Nightly(driver: false));
        yield return ("nightly-argo", Nightly(driver: false, RenderTarget.Argo));
    }

    public static TheoryData<string> Names() => [.. All().Select(a => a.Name)];

    internal static RenderRequest Named(string name) => All().Single(a => a.Name == name).Request;
}
