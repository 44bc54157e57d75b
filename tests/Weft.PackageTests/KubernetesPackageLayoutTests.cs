using System.IO.Compression;
using System.Xml.Linq;
using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>The packed Weft.Kubernetes.nupkg holds its library, its docs and its readme, which the gallery shows.</summary>
[Collection(PackageCollection.Name)]
public sealed class KubernetesPackageLayoutTests(PackageFeed feed)
{
    [Fact]
    public void Package_HoldsTheLibraryAndItsReadme_NamedByTheNuspec()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.FeedDirectory, $"Weft.Kubernetes.{feed.Version}.nupkg"));
        var content = package.Entries.Select(e => e.FullName)
            .Where(name => name is not "[Content_Types].xml" and not "_rels/.rels" && !name.StartsWith("package/services/metadata/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["README.md", "Weft.Kubernetes.nuspec", "lib/net10.0/Weft.Kubernetes.dll", "lib/net10.0/Weft.Kubernetes.xml"], content);
        XDocument nuspec;
        using (var stream = package.GetEntry("Weft.Kubernetes.nuspec")!.Open())
        {
            nuspec = XDocument.Load(stream);
        }

        var ns = nuspec.Root!.Name.Namespace;
        Assert.Equal("README.md", nuspec.Root.Element(ns + "metadata")?.Element(ns + "readme")?.Value);
        using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
        var text = readme.ReadToEnd();
        Assert.Contains("--orchestrator kubernetes", text, StringComparison.Ordinal);
        Assert.Contains("k8s render", text, StringComparison.Ordinal);
        Assert.Contains("docs/concepts/kubernetes-orchestrator.md", text, StringComparison.Ordinal);
    }
}
