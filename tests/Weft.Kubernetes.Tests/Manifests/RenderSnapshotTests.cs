using Weft.Kubernetes.Manifests;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;

namespace Weft.Kubernetes.Tests.Manifests;

/// <summary>The rendered YAML, word for word, against approved files (WEFT_ACCEPT=1 approves a change).</summary>
public sealed class RenderSnapshotTests
{
    [Theory]
    [MemberData(nameof(Renders.Names), MemberType = typeof(Renders))]
    public void Render_MatchesTheApprovedFile(string name)
        => ApprovedFile.Verify(ManifestRenderer.Join(ManifestRenderer.Render(Renders.Named(name))), name);

    [Fact]
    public void Render_IsTheSameTextEveryTime_InAnyCulture()
    {
        var first = ManifestRenderer.Join(ManifestRenderer.Render(Renders.Report(RenderTarget.Argo)));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture that writes 1,5 for 1.5 and sorts differently: nothing rendered may depend on it.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(first, ManifestRenderer.Join(ManifestRenderer.Render(Renders.Report(RenderTarget.Argo))));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
