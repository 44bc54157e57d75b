using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// The package's generator and analyzers are ReadyToRun images for linux-x64 that keep all their IL, so a JIT-cold
/// compiler on linux-x64 runs them precompiled and any other compiler still has the IL; the IL-only copies the package
/// carries for those other compilers are the same assemblies (build/Weft.ReadyToRun.targets, build/package/Weft.targets).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackedAnalyzerImageTests(PackageFeed feed)
{
    // IMAGE_FILE_MACHINE_AMD64 ^ the Linux override: how crossgen2 marks native code for linux-x64.
    private const Machine LinuxX64 = (Machine)(0x8664 ^ 0x7B79);
    private const uint ReadyToRunSignature = 0x00525452; // "RTR"
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);

    [Theory]
    [InlineData("Weft.Generators.dll")]
    [InlineData("Weft.Analyzers.dll")]
    public void PackedComponent_IsReadyToRunForLinuxX64_AndKeepsAllItsIL(string fileName)
    {
        using var image = new PEReader(ReadEntry("analyzers/dotnet/cs/" + fileName));
        using var il = new PEReader(ReadEntry("build/analyzers-il/" + fileName));

        Assert.Equal(LinuxX64, image.PEHeaders.CoffHeader.Machine);
        var header = image.PEHeaders.CorHeader!;
        Assert.True(header.Flags.HasFlag(CorFlags.ILLibrary), $"CorFlags {header.Flags}");
        Assert.False(header.Flags.HasFlag(CorFlags.ILOnly), $"CorFlags {header.Flags}");
        Assert.True(header.ManagedNativeHeaderDirectory.Size > 0, "no ManagedNativeHeader: not a ReadyToRun image");
        Assert.Equal(ReadyToRunSignature, image.GetSectionData(header.ManagedNativeHeaderDirectory.RelativeVirtualAddress).GetReader().ReadUInt32());

        Assert.Equal(Machine.I386, il.PEHeaders.CoffHeader.Machine);
        Assert.True(il.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.ILOnly), $"CorFlags {il.PEHeaders.CorHeader.Flags}");
        Assert.Equal(0, il.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size);

        // The same assembly, every method body's IL byte for byte: a compiler that cannot run the native code runs this.
        var imageMetadata = image.GetMetadataReader();
        var ilMetadata = il.GetMetadataReader();
        Assert.Equal(ilMetadata.GetGuid(ilMetadata.GetModuleDefinition().Mvid), imageMetadata.GetGuid(imageMetadata.GetModuleDefinition().Mvid));
        var imageBodies = MethodBodies(image);
        Assert.NotEmpty(imageBodies);
        Assert.Equal(MethodBodies(il), imageBodies);
    }

    [Fact]
    public async Task Consumer_CompilesWithTheReadyToRunImagesOnLinuxX64_AndWithTheILCopiesElsewhere()
    {
        var project = ConsumerProject.Create(feed, "AnalyzerChoice");
        var csproj = File.ReadAllText(project.ProjectFile).Replace(
            "</PropertyGroup>",
            $"</PropertyGroup>{Environment.NewLine}  <ItemGroup>{Environment.NewLine}    <PackageReference Include=\"Weft\" Version=\"{feed.Version}\" />{Environment.NewLine}  </ItemGroup>",
            StringComparison.Ordinal);
        File.WriteAllText(project.ProjectFile, csproj);

        var hostIsLinuxX64 = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier is "linux-x64" or "linux-musl-x64";
        Assert.Equal(
            hostIsLinuxX64 ? ReadyToRunChoice : ILChoice,
            await WeftAnalyzersAsync(project));
        // What a compiler that cannot run linux-x64 code (the .NET Framework one, another OS or CPU) is given.
        Assert.Equal(ILChoice, await WeftAnalyzersAsync(project, "-p:WeftUseReadyToRunAnalyzers=false"));
    }

    private static readonly string[] ReadyToRunChoice =
        ["analyzers/dotnet/cs/Weft.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/Weft.Analyzers.dll", "analyzers/dotnet/cs/Weft.Generators.dll"];

    private static readonly string[] ILChoice =
        ["analyzers/dotnet/cs/Weft.Analyzers.CodeFixes.dll", "build/analyzers-il/Weft.Analyzers.dll", "build/analyzers-il/Weft.Generators.dll"];

    // The Weft package's files among the Analyzer items the compiler would be given, relative to the package folder.
    private async Task<string[]> WeftAnalyzersAsync(ConsumerProject project, params string[] properties)
    {
        var result = await project.DotnetAsync(s_commandTimeout,
            ["msbuild", "-restore", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", "-nologo", .. properties]);
        Assert.True(result.Succeeded, result.Describe());
        var packageRoot = $"/weft/{feed.Version.ToLowerInvariant()}/";
        using var json = System.Text.Json.JsonDocument.Parse(result.StandardOutput);
        return json.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!.Replace('\\', '/'))
            .Where(path => path.Contains(packageRoot, StringComparison.Ordinal))
            .Select(path => path[(path.IndexOf(packageRoot, StringComparison.Ordinal) + packageRoot.Length)..])
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private MemoryStream ReadEntry(string name)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var entry = package.GetEntry(name);
        Assert.True(entry is not null, $"{name} is not in {feed.PackagePath}");
        var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    private static List<(string Method, string IL)> MethodBodies(PEReader reader)
    {
        var metadata = reader.GetMetadataReader();
        return metadata.MethodDefinitions
            .Select(metadata.GetMethodDefinition)
            .Where(method => method.RelativeVirtualAddress != 0)
            .Select(method => (
                metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name) + "." + metadata.GetString(method.Name),
                Convert.ToHexString(reader.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!)))
            .ToList();
    }
}
