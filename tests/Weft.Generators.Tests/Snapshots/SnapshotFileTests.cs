using Xunit.Sdk;

namespace Weft.Generators.Tests.Snapshots;

/// <summary>The approved-file mechanism itself: it must fail on a difference, say where, and accept only when asked.</summary>
public sealed class SnapshotFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("weft-snapshot-").FullName;

    private string Verified => Path.Combine(_directory, "T.Case.verified.cs");

    private string Received => Path.Combine(_directory, "T.Case.received.cs");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Mismatch_FailsWithTheFirstDifferingLines_AndWritesReceived()
    {
        File.WriteAllText(Verified, "a\nb\nc\nd\n");

        var failure = Assert.Throws<FailException>(() => SnapshotFile.Verify("a\nb\nX\nd\n", Verified, Received, accept: false));

        Assert.Contains("First difference at line 3", failure.Message);
        Assert.Contains("    3 - c", failure.Message);
        Assert.Contains("    3 + X", failure.Message);
        Assert.Contains("    4   d", failure.Message);
        Assert.Equal("a\nb\nX\nd\n", File.ReadAllText(Received));
        Assert.Equal("a\nb\nc\nd\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void MissingApprovedFile_Fails_AndWritesReceived()
    {
        var failure = Assert.Throws<FailException>(() => SnapshotFile.Verify("text\n", Verified, Received, accept: false));

        Assert.Contains("No approved snapshot", failure.Message);
        Assert.True(File.Exists(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Match_Passes_AndRemovesAStaleReceivedFile()
    {
        File.WriteAllText(Verified, "same\r\ntext\r\n");
        File.WriteAllText(Received, "old");

        SnapshotFile.Verify("same\ntext\n", Verified, Received, accept: false);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Accept_OverwritesTheApprovedFile()
    {
        File.WriteAllText(Verified, "old\n");

        SnapshotFile.Verify("new\n", Verified, Received, accept: true);

        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Scrub_ReplacesTheGeneratorVersion_Only()
    {
        const string text = """[global::System.CodeDom.Compiler.GeneratedCodeAttribute("Weft.Generators", "1.2.3.4")] "1.2.3.4" """;

        Assert.Equal("""[global::System.CodeDom.Compiler.GeneratedCodeAttribute("Weft.Generators", "{version}")] "1.2.3.4" """,
            SnapshotFile.Scrub(text));
    }

    [Fact]
    public void LocateDirectory_FindsTheFolderOfAPathMappedByADeterministicBuild()
    {
        var mapped = "/_/tests/Weft.Generators.Tests/Snapshots/PipelineSnapshotTests.cs";

        var directory = SnapshotFile.LocateDirectory(mapped);

        Assert.True(File.Exists(Path.Combine(directory, "PipelineSnapshotTests.cs")), directory);
    }
}
