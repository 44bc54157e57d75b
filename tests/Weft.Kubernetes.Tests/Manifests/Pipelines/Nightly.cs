using Weft;

namespace Weft.Kubernetes.Tests.Manifests.Pipelines;

/// <summary>A scheduled pipeline without an image of its own: its driver becomes a CronJob, and the image comes from --image.</summary>
[Pipeline]
[Schedule("30 2 * * 1-5")]
public static partial class Nightly
{
    static void Define(int days = 7) => Refresh(days);

    [Step]
    static int Refresh(int days) => days * 24;
}
