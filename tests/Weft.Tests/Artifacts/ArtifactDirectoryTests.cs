using System.Formats.Tar;
using Weft.Serialization;

namespace Weft.Tests.Artifacts;

public sealed class ArtifactDirectoryTests
{
    private static readonly ArtifactDirectoryMaterializer s_materializer = new();

    [Fact]
    public async Task AFolderTreeRoundTrips_ReadOnly_UnderItsName()
    {
        var marker = Guid.NewGuid().ToString("N");
        var saved = ArtifactDirectory.Create("saved_model");
        Assert.True(Directory.Exists(saved.Path));
        await Fill(saved.Path, marker);

        var bytes = await WriteAsync(saved);
        var read = await s_materializer.ReadAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal("saved_model", read.Name);
        Assert.Equal("saved_model", Path.GetFileName(read.Path));
        Assert.StartsWith(ArtifactExtraction.Root, read.Path, StringComparison.Ordinal);
        Assert.Equal(marker, await File.ReadAllTextAsync(Path.Combine(read.Path, "saved_model.pb")));
        Assert.Equal("w", await File.ReadAllTextAsync(Path.Combine(read.Path, "variables", "variables.data")));
        Assert.True(Directory.Exists(Path.Combine(read.Path, "assets")));
        Assert.Equal(
            ["assets", "saved_model.pb", "variables", "variables/variables.data", "variables/variables.index"],
            Directory.EnumerateFileSystemEntries(read.Path, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(read.Path, p).Replace('\\', '/')).Order(StringComparer.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(Path.Combine(read.Path, "saved_model.pb")) & anyWrite);
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(read.Path) & anyWrite);
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(Path.Combine(read.Path, "variables")) & anyWrite);
        }

        Assert.Equal(bytes, await WriteAsync(read));
    }

    [Fact]
    public async Task EqualTreesWrittenInAnotherOrderAndAtOtherTimes_StoreEqualBytes()
    {
        var first = ArtifactDirectory.Create("saved_model");
        await Fill(first.Path, "same");
        var second = ArtifactDirectory.Create("saved_model");
        Directory.CreateDirectory(Path.Combine(second.Path, "variables"));
        await File.WriteAllTextAsync(Path.Combine(second.Path, "variables", "variables.index"), "i");
        await File.WriteAllTextAsync(Path.Combine(second.Path, "saved_model.pb"), "same");
        await File.WriteAllTextAsync(Path.Combine(second.Path, "variables", "variables.data"), "w");
        Directory.CreateDirectory(Path.Combine(second.Path, "assets"));
        File.SetLastWriteTimeUtc(Path.Combine(second.Path, "saved_model.pb"), new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(await WriteAsync(first), await WriteAsync(second));

        await File.WriteAllTextAsync(Path.Combine(second.Path, "assets", "vocab.txt"), "a b");
        Assert.NotEqual(await WriteAsync(first), await WriteAsync(second));
    }

    [Fact]
    public async Task AFolderThatWasRemoved_FailsNamingTheStepAndThePath()
    {
        ArtifactDirectory saved;
        using (Step.Enter(new StepContext("run-1", "Export", 1, 1, StepContext.DefaultNow, null, CancellationToken.None)))
        {
            saved = ArtifactDirectory.Create("onnx");
        }

        Directory.Delete(saved.Path);
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => WriteAsync(saved));

        Assert.Contains("Step 'Export'", error.Message, StringComparison.Ordinal);
        Assert.Contains(saved.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASymbolicLinkInTheTree_IsRefusedByName()
    {
        var saved = ArtifactDirectory.Create("linked");
        await File.WriteAllTextAsync(Path.Combine(saved.Path, "real.txt"), "x");
        File.CreateSymbolicLink(Path.Combine(saved.Path, "alias.txt"), Path.Combine(saved.Path, "real.txt"));

        var error = await Assert.ThrowsAsync<IOException>(() => WriteAsync(saved));

        Assert.Contains("'alias.txt'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("saved_model/", "other/x.txt")]
    [InlineData("saved_model/", "saved_model")]
    [InlineData("saved_model/", "saved_model/../../x.txt")]
    [InlineData("saved_model.pb", null)]
    public async Task AnArchiveThatIsNotOneFolderTree_IsRejected(string first, string? second)
    {
        using var stream = new MemoryStream();
        using (var writer = new TarWriter(stream, TarEntryFormat.Gnu, leaveOpen: true))
        {
            foreach (var name in new[] { first, second }.OfType<string>())
            {
                writer.WriteEntry(name.EndsWith('/')
                    ? new GnuTarEntry(TarEntryType.Directory, name)
                    : new GnuTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream([1]) });
            }
        }

        stream.Position = 0;
        await Assert.ThrowsAsync<ArtifactFormatException>(async () => await s_materializer.ReadAsync(stream, CancellationToken.None));
    }

    private static async Task Fill(string root, string model)
    {
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        Directory.CreateDirectory(Path.Combine(root, "variables"));
        await File.WriteAllTextAsync(Path.Combine(root, "saved_model.pb"), model);
        await File.WriteAllTextAsync(Path.Combine(root, "variables", "variables.data"), "w");
        await File.WriteAllTextAsync(Path.Combine(root, "variables", "variables.index"), "i");
    }

    private static async Task<byte[]> WriteAsync(ArtifactDirectory directory)
    {
        using var stream = new MemoryStream();
        await s_materializer.WriteAsync(directory, stream, CancellationToken.None);
        return stream.ToArray();
    }
}
