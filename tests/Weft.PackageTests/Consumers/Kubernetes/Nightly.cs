using Weft;

namespace Kubernetes;

// Only the Weft.Kubernetes package is referenced: Weft, its generator and the command line come with it, and the
// generated Main registers the k8s commands.
[Pipeline]
[Schedule("0 3 * * *")]
public static partial class Nightly
{
    static void Define(int days = 7) => Refresh(days);

    [Step]
    static int Refresh(int days) => days * 24;
}
