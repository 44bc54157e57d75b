using System.Formats.Tar;
using System.Text;
using Weft.Serialization;

namespace Weft.Tests.Artifacts;

public sealed class ArtifactFileTests
{
    private static readonly ArtifactFileMaterializer s_materializer = new();

    [Fact]
    public async Task AFileRoundTrips_ToAReadOnlyPathKeyedByContent_UnderItsName()
    {
        var content = "weights " + Guid.NewGuid();
        var model = ArtifactFile.Create("model.zip");
        Assert.False(File.Exists(model.Path));
        await File.WriteAllTextAsync(model.Path, content);

        var bytes = await WriteAsync(model);
        var read = await s_materializer.ReadAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal("model.zip", read.Name);
        Assert.Equal("model.zip", Path.GetFileName(read.Path));
        Assert.NotEqual(model.Path, read.Path);
        Assert.StartsWith(ArtifactExtraction.Root, read.Path, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(read.Path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(read.Path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        }

        // Read again: the same content lands at the same place, and stores to the same bytes.
        var again = await s_materializer.ReadAsync(new MemoryStream(bytes), CancellationToken.None);
        Assert.Equal(read.Path, again.Path);
        Assert.Equal(bytes, await WriteAsync(again));
    }

    [Fact]
    public async Task EqualFilesWrittenAtDifferentTimesAndPlaces_StoreEqualBytes()
    {
        var first = ArtifactFile.Create("model.bin");
        await File.WriteAllBytesAsync(first.Path, [1, 2, 3, 4]);
        File.SetLastWriteTimeUtc(first.Path, new DateTime(2011, 3, 4, 5, 6, 7, DateTimeKind.Utc));
        var second = ArtifactFile.Create("model.bin");
        await File.WriteAllBytesAsync(second.Path, [1, 2, 3, 4]);

        Assert.NotEqual(first.Path, second.Path);
        Assert.Equal(await WriteAsync(first), await WriteAsync(second));

        var renamed = ArtifactFile.Create("other.bin");
        await File.WriteAllBytesAsync(renamed.Path, [1, 2, 3, 4]);
        Assert.NotEqual(await WriteAsync(first), await WriteAsync(renamed));
    }

    [Fact]
    public async Task ConcurrentReadersOfEqualContent_AllSeeTheWholeFile()
    {
        var model = ArtifactFile.Create("big.bin");
        var content = new byte[1 << 20];
        // Fresh content each test run, so that the readers race to unpack it rather than find it unpacked already.
        Random.Shared.NextBytes(content);
        await File.WriteAllBytesAsync(model.Path, content);
        var bytes = await WriteAsync(model);

        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            await s_materializer.ReadAsync(new MemoryStream(bytes), CancellationToken.None))));

        Assert.Single(reads.Select(r => r.Path).Distinct());
        Assert.Equal(content, await File.ReadAllBytesAsync(reads[0].Path));
    }

    [Fact]
    public async Task ReturningAFileThatWasNeverWritten_FailsNamingTheStepAndThePath()
    {
        ArtifactFile model;
        using (Step.Enter(new StepContext("run-1", "Train", 1, 1, StepContext.DefaultNow, null, CancellationToken.None)))
        {
            model = ArtifactFile.Create("model.zip");
        }

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => WriteAsync(model));

        Assert.Contains("Step 'Train'", error.Message, StringComparison.Ordinal);
        Assert.Contains(model.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("write the file", error.Message, StringComparison.Ordinal);
        Assert.Contains("-Train-", model.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("models/model.zip")]
    [InlineData("models\\model.zip")]
    [InlineData("a:b")]
    public void NamesThatAreNotOneFileName_AreRejected(string name)
        => Assert.Throws<ArgumentException>(() => ArtifactFile.Create(name));

    [Fact]
    public async Task AnArchiveThatEscapesItsName_IsRejected()
    {
        using var stream = new MemoryStream();
        using (var writer = new TarWriter(stream, TarEntryFormat.Gnu, leaveOpen: true))
        {
            var entry = new GnuTarEntry(TarEntryType.RegularFile, "../evil.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes("x")) };
            writer.WriteEntry(entry);
        }

        stream.Position = 0;
        await Assert.ThrowsAsync<ArtifactFormatException>(async () => await s_materializer.ReadAsync(stream, CancellationToken.None));
    }

    private static async Task<byte[]> WriteAsync(ArtifactFile file)
    {
        using var stream = new MemoryStream();
        await s_materializer.WriteAsync(file, stream, CancellationToken.None);
        return stream.ToArray();
    }
}
