using System.IO.Compression;
using System.Xml.Linq;
using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>The packed Weft.nupkg holds the runtime, the command line, their docs, the entrypoint props and the generator, depends on what they need, and nothing else.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFeed feed)
{
    [Fact]
    public void Package_HoldsRuntimeCommandLineDocsPropsAndGenerator_AndNothingElse()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var content = package.Entries
            .Select(e => e.FullName)
            .Where(name => !IsPackagingMetadata(name))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            [
                "README.md", "Weft.nuspec", "analyzers/dotnet/cs/Weft.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/Weft.Analyzers.dll", "analyzers/dotnet/cs/Weft.Generators.dll", "build/Weft.Containers.targets", "build/Weft.props", "build/Weft.targets", "build/analyzers-il/Weft.Analyzers.dll", "build/analyzers-il/Weft.Generators.dll",
                "buildTransitive/Weft.Containers.targets", "buildTransitive/Weft.props", "buildTransitive/Weft.targets",
                "lib/net10.0/Weft.Cli.dll", "lib/net10.0/Weft.Cli.xml", "lib/net10.0/Weft.dll", "lib/net10.0/Weft.xml",
            ],
            content);
    }

    [Fact]
    public void Nuspec_DependsOnTheRuntimesAndCommandLinesPackages_AtTheCentralVersions()
    {
        var nuspec = ReadNuspec();
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("Weft", metadata.Element(ns + "id")?.Value);
        Assert.Equal(feed.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));

        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        var group = Assert.Single(groups);
        Assert.Equal("net10.0", group.Attribute("targetFramework")?.Value);
        // The runtime's packages, and the command line's (Weft.Cli ships inside this package).
        string[] expected = ["Microsoft.Data.Sqlite", "Microsoft.Extensions.Logging.Abstractions", "Scriban.Signed", "Spectre.Console", "System.CommandLine"];
        var dependencies = group.Elements(ns + "dependency").ToList();
        Assert.Equal(expected, dependencies.Select(d => d.Attribute("id")?.Value).Order(StringComparer.Ordinal));
        Assert.All(dependencies, d => Assert.Equal(CentralVersion(d.Attribute("id")!.Value), d.Attribute("version")?.Value));
    }

    [Fact]
    public void PackedGenerator_TargetsNetStandard_AndTheRoslynTheRepositoryPins()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var entry = package.GetEntry("analyzers/dotnet/cs/Weft.Generators.dll");
        Assert.NotNull(entry);

        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(copy);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var references = metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .ToDictionary(r => metadata.GetString(r.Name), r => r.Version);
        Assert.Contains("netstandard", references.Keys);
        // A generator built against a newer Roslyn than the SDK's compiler is skipped with only a warning (DESIGN §6).
        Assert.Equal(Version.Parse(CentralVersion("Microsoft.CodeAnalysis.CSharp") + ".0"), references["Microsoft.CodeAnalysis"]);
        Assert.Equal("Weft.Generators", metadata.GetString(metadata.GetAssemblyDefinition().Name));
    }

    private XDocument ReadNuspec()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        using var stream = package.GetEntry("Weft.nuspec")!.Open();
        return XDocument.Load(stream);
    }

    private static string? CentralVersion(string packageId) => XDocument.Load(RepositoryPaths.PackagesProps)
        .Descendants("PackageVersion")
        .FirstOrDefault(e => e.Attribute("Include")?.Value == packageId)
        ?.Attribute("Version")?.Value;

    // Written by NuGet itself into every package; not part of what Weft chooses to ship.
    private static bool IsPackagingMetadata(string name)
        => name is "[Content_Types].xml" or "_rels/.rels" || name.StartsWith("package/services/metadata/", StringComparison.Ordinal);
}
